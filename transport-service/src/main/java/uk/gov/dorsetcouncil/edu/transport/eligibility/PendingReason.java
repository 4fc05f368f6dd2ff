package uk.gov.dorsetcouncil.edu.transport.eligibility;

/** Why a decision waits rather than risk a wrong answer. */
public enum PendingReason {

	/** The route-distance provider failed or could not route to a school. */
	DISTANCE_UNAVAILABLE,

	/**
	 * The walking route's sections are unknown, and the school has an unsafe section
	 * assessed.
	 */
	ROUTE_SECTIONS_UNKNOWN,

	/** send-service did not answer, and a plan could change the answer. */
	EHC_PLAN_STATUS_UNAVAILABLE

}
