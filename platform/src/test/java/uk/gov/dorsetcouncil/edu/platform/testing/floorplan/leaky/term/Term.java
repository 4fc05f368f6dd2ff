package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.term;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule.Rules;

/** Depends on {@code rule}, which depends on {@code term}: a cycle. */
public record Term(List<String> names) {

	public long heldBy(Rules rules) {
		return this.names.stream().filter(rules::isHeld).count();
	}

}
