package uk.gov.dorsetcouncil.edu.transport.entitlement;

import java.time.LocalDate;
import java.util.List;

/**
 * An entitled pupil the transport officer should look at, with every reason that applies.
 *
 * @param decisionId the eligibility decision in force
 * @param rule the rule that made the pupil eligible
 * @param routeId the route of the travel arranged, or null
 * @param attendance the pupil's attendance this year when travel is arranged, else null
 */
public record NotTravelling(String upn, String schoolUrn, String decisionId, String rule, LocalDate validUntil,
		String routeId, List<NotTravellingReason> reasons, AttendanceReading attendance) {

	public NotTravelling {
		reasons = List.copyOf(reasons);
	}

}
