package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule.store;

public class RuleStore {

	public boolean holds(String name) {
		return !name.isBlank();
	}

}
