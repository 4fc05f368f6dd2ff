package uk.gov.dorsetcouncil.edu.platform.testing.floorplan.leaky.rule;

import uk.gov.dorsetcouncil.edu.platform.testing.floorplan.shared.Refusal;

/** Plain Java to look at, but what it throws carries a gRPC status. */
public class Ruling {

	public void require(boolean held, String name) {
		if (!held) {
			throw new Refusal(name + " is not held");
		}
	}

}
