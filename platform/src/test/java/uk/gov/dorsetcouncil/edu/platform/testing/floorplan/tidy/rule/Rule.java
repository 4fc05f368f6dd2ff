package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule;

public record Rule(String name) {

}
