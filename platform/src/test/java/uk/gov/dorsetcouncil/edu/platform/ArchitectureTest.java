package uk.gov.dorsetcouncil.edu.platform;

import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlan;
import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlanCheck;

/**
 * The floor plan checked on the platform itself: the packages a domain may use
 * ({@code problem}, {@code identifiers}, {@code input}, {@code paging},
 * {@code disclosure}) are plain Java through and through. The rest are edge packages; of
 * them a domain may use only classes that reach no framework ({@code caller.Caller},
 * {@code changes.Change}), which each module's own check sees class by class.
 */
class ArchitectureTest extends FloorPlanCheck {

	@Override
	protected FloorPlan floorPlan() {
		return FloorPlan.of("uk.gov.dorsetcouncil.edu.platform")
			.edgeOnly("caller", "changes", "correlation", "idempotency", "mongo", "openapi", "retry");
	}

}
