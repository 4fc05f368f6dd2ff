package uk.gov.dorsetcouncil.edu.attendance;

import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlan;
import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlanCheck;

/** The floor plan every module shares (ADR 0025), checked on this service. */
class ArchitectureTest extends FloorPlanCheck {

	@Override
	protected FloorPlan floorPlan() {
		return FloorPlan.of("uk.gov.dorsetcouncil.edu.attendance");
	}

}
