package uk.gov.dorsetcouncil.edu.synthetic.pupil;

/**
 * What the census and children's social care know about a pupil. {@code ethnicity} is a
 * DfE main ethnicity code (WBRI, WIRT, WROM, ...). {@code inclusionHub}: the pupil has a
 * place in a mainstream school's inclusion hub (SRP).
 */
public record Characteristics(boolean freeSchoolMeals, SenProvision senProvision, boolean lookedAfter,
		boolean childInNeed, boolean childProtectionPlan, boolean everSocialWorker, String ethnicity,
		boolean youngCarer, boolean inclusionHub) {

	/** Gypsy/Roma or traveller of Irish heritage. */
	public boolean gypsyRomaOrTraveller() {
		return Ethnicity.GYPSY_ROMA_TRAVELLER.contains(this.ethnicity);
	}

	/** Any group other than White British (and other than refused or not obtained). */
	public boolean minorityEthnic() {
		return !Ethnicity.NOT_MINORITY.contains(this.ethnicity);
	}

}
