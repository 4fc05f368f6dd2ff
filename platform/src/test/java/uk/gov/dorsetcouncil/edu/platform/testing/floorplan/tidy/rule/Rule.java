package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.shared.Reason;

public record Rule(String name, Reason reason) {

}
