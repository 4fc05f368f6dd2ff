package uk.gov.dorsetcouncil.edu.transport.arrangement;

/**
 * Why a child is eligible for free home-to-school travel (Education Act 1996 s508B and
 * Schedule 35B; DfE "Travel to school for children of compulsory school age", 2024).
 */
public enum EligibilityBasis {

	/** Beyond the statutory walking distance (2 miles under 8, 3 miles from 8). */
	STATUTORY_WALKING_DISTANCE,
	/** Cannot reasonably be expected to walk because of SEN, disability or mobility. */
	SEN_DISABILITY_MOBILITY,
	/** The walking route is not one a child could walk in reasonable safety. */
	UNSAFE_ROUTE,
	/** Extended rights for children from low-income families. */
	EXTENDED_RIGHTS,
	/** Eligible earlier in the academic year, continued to its end (guidance para 35). */
	CONTINUED_TO_END_OF_YEAR,
	/** Awarded by an officer although the rules did not give it, with a reason. */
	DISCRETIONARY,
	/** Awarded under the post-16 transport policy statement (s509AA). */
	POST_16_POLICY,
	/** Awarded to a learner with an EHC plan beyond compulsory school age (s508F). */
	SEN_POLICY;

	/** The basis an award rests on, from the rule or policy that decided it. */
	public static EligibilityBasis of(String basis) {
		if (basis.startsWith("EXTENDED_RIGHTS")) {
			return EXTENDED_RIGHTS;
		}
		return switch (basis) {
			case "DISCRETIONARY_AWARD" -> DISCRETIONARY;
			case "POST_16_POLICY" -> POST_16_POLICY;
			case "SEN_POLICY" -> SEN_POLICY;
			default -> valueOf(basis);
		};
	}

}
