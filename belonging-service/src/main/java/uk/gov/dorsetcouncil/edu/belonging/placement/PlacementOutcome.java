package uk.gov.dorsetcouncil.edu.belonging.placement;

/**
 * How an alternative provision placement ended, as the Belonging Plan's measures 15 and
 * 18 count it (reintegration into mainstream education where appropriate).
 */
public enum PlacementOutcome {

	/** Back full time at the home school. */
	REINTEGRATED,
	/** This placement ended and the pupil stays in alternative provision (a new one). */
	CONTINUED,
	/** On the roll of another school (the destination's URN is given). */
	NEW_SCHOOL,
	/** Left at 16 for a post-16 destination (education, employment or training). */
	POST_16_DESTINATION;

	/** Whether the pupil left alternative provision for a school or a post-16 place. */
	public boolean leftProvision() {
		return this != CONTINUED;
	}

}
