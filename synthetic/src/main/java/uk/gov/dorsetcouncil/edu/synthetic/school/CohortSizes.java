package uk.gov.dorsetcouncil.edu.synthetic.school;

/**
 * Mean pupils per year group at a school of each phase, at full scale. Dorset's are set
 * so that the 159 schools hold about 75,000 pupils (dorset-facts: "about 75,000 children
 * and young people aged 0-19", taken here as the number on roll) with about 1,560 (40% of
 * 3,900 EHC plans) in special schools; England's so that about 22,000 schools hold about
 * 9 million. Sixth forms (Years 12 and 13) keep about half a year group (assumption).
 */
enum CohortSizes {

	DORSET(48, 170, 235, 105, 60, 205, 80, 15), ENGLAND(38, 150, 190, 90, 55, 180, 70, 12);

	private final int primary;

	private final int middle;

	private final int secondary;

	private final int sixthForm;

	private final int allThroughPrimary;

	private final int allThroughSecondary;

	private final int allThroughSixthForm;

	private final int special;

	CohortSizes(int primary, int middle, int secondary, int sixthForm, int allThroughPrimary, int allThroughSecondary,
			int allThroughSixthForm, int special) {
		this.primary = primary;
		this.middle = middle;
		this.secondary = secondary;
		this.sixthForm = sixthForm;
		this.allThroughPrimary = allThroughPrimary;
		this.allThroughSecondary = allThroughSecondary;
		this.allThroughSixthForm = allThroughSixthForm;
		this.special = special;
	}

	/** Learning Centres take few pupils, mostly at Key Stages 3 and 4 (assumption). */
	private static final int[] ALTERNATIVE_PROVISION_YEARS_5_TO_11 = { 2, 3, 6, 8, 10, 12, 12 };

	double mean(Phase phase, int year) {
		return switch (phase) {
			case FIRST, PRIMARY -> this.primary;
			case MIDDLE -> this.middle;
			case SECONDARY, UPPER -> (year >= 12) ? this.sixthForm : this.secondary;
			case ALL_THROUGH -> (year <= 6) ? this.allThroughPrimary
					: (year >= 12) ? this.allThroughSixthForm : this.allThroughSecondary;
			case SPECIAL -> this.special;
			case ALTERNATIVE_PROVISION -> ALTERNATIVE_PROVISION_YEARS_5_TO_11[year - 5];
		};
	}

}
