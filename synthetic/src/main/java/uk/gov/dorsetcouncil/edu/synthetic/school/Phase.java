package uk.gov.dorsetcouncil.edu.synthetic.school;

/**
 * School phases as the platform names them (attendance-service README), with the year
 * groups each usually teaches (0 = Reception) and the phase the DfE's absence statistics
 * report it under.
 */
public enum Phase {

	FIRST(0, 4, StatisticalPhase.PRIMARY, "First School"),

	PRIMARY(0, 6, StatisticalPhase.PRIMARY, "Primary School"),

	/**
	 * Dorset's middle schools teach Years 5 to 8; reported as "deemed secondary"
	 * (assumption: the DfE reports middle schools by their deemed phase).
	 */
	MIDDLE(5, 8, StatisticalPhase.SECONDARY, "Middle School"),

	SECONDARY(7, 13, StatisticalPhase.SECONDARY, "Academy"),

	UPPER(9, 13, StatisticalPhase.SECONDARY, "Upper School"),

	ALL_THROUGH(0, 13, StatisticalPhase.SECONDARY, "School"),

	SPECIAL(1, 13, StatisticalPhase.SPECIAL, "Special School"),

	/** Dorset's Learning Centres (AP/PRU): reported separately from the headline. */
	ALTERNATIVE_PROVISION(5, 11, StatisticalPhase.ALTERNATIVE_PROVISION, "Learning Centre");

	private final int lowestYear;

	private final int highestYear;

	private final StatisticalPhase statisticalPhase;

	private final String nameSuffix;

	Phase(int lowestYear, int highestYear, StatisticalPhase statisticalPhase, String nameSuffix) {
		this.lowestYear = lowestYear;
		this.highestYear = highestYear;
		this.statisticalPhase = statisticalPhase;
		this.nameSuffix = nameSuffix;
	}

	public int lowestYear() {
		return this.lowestYear;
	}

	public int highestYear() {
		return this.highestYear;
	}

	public StatisticalPhase statisticalPhase() {
		return this.statisticalPhase;
	}

	public boolean mainstream() {
		return this != SPECIAL && this != ALTERNATIVE_PROVISION;
	}

	String nameSuffix() {
		return this.nameSuffix;
	}

	/** The phase groups of the DfE's pupil absence statistics. */
	public enum StatisticalPhase {

		PRIMARY, SECONDARY, SPECIAL, ALTERNATIVE_PROVISION

	}

}
