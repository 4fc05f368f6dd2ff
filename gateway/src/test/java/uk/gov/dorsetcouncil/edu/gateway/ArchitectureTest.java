package uk.gov.dorsetcouncil.edu.gateway;

import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlan;
import uk.gov.dorsetcouncil.edu.platform.testing.FloorPlanCheck;

/**
 * The floor plan every module shares (ADR 0025), checked on the gateway. Routing,
 * security, rate limits, health, the API documents and problem answers are the edge
 * through and through: they hold no domain rules, but they take part in the cycle check
 * like the features (the caller the security chain finds is read through
 * {@code access.web.ExchangeCaller}, so that routing and rate limits do not refer back to
 * security).
 */
class ArchitectureTest extends FloorPlanCheck {

	@Override
	protected FloorPlan floorPlan() {
		return FloorPlan.of("uk.gov.dorsetcouncil.edu.gateway")
			.edgeOnly("api", "health", "limits", "problem", "routing", "security")
			.edgeInCycleCheck();
	}

}
