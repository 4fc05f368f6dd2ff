package uk.gov.dorsetcouncil.edu.transport.distance;

/** Somewhere a route is measured to: a school entrance, named by its id. */
public record Destination(String id, GeoPoint point) {

}
