package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule.store.RuleStore;
import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.term.Term;

public class Rules {

	private final RuleStore store = new RuleStore();

	public boolean isHeld(String name) {
		return this.store.holds(name);
	}

	public boolean inForce(Term term, String name) {
		return term.names().contains(name) && isHeld(name);
	}

}
