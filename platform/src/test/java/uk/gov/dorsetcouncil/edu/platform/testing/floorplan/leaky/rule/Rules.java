package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule.store.RuleStore;

public class Rules {

	private final RuleStore store = new RuleStore();

	public boolean isHeld(String name) {
		return this.store.holds(name);
	}

}
