package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.term;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.tidy.rule.Rule;

public record Term(String name, List<Rule> rules) {

}
