package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.shared;

/** A shared type in plain Java. */
public record Reason(String code) {

}
