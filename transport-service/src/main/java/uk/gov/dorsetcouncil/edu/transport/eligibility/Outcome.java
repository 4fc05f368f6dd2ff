package uk.gov.dorsetcouncil.edu.transport.eligibility;

/** What a decision found. */
public enum Outcome {

	ELIGIBLE, NOT_ELIGIBLE,

	/**
	 * Not decided: something it needs could not be known now (see the pending reason).
	 */
	PENDING

}
