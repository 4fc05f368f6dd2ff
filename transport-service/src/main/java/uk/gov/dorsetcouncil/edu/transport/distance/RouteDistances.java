package uk.gov.dorsetcouncil.edu.transport.distance;

import java.util.List;

/**
 * A route-distance provider: the routes from one place to many, by one mode, in one ask
 * (a decision compares every suitable school). Never throws for a provider's failure: it
 * answers {@link RouteMeasurement#unavailable}, so that a decision can wait rather than
 * rest on a wrong distance.
 */
public interface RouteDistances {

	RouteMeasurement from(GeoPoint origin, TravelMode mode, List<Destination> destinations);

}
