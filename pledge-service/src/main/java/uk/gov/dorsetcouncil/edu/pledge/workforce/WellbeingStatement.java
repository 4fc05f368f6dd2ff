package uk.gov.dorsetcouncil.edu.pledge.workforce;

/**
 * The statements of the staff well-being survey whose share agreeing a school submits,
 * each from the Workforce Pledge (Education Strategy 2024 to 2027, "The key themes of our
 * workforce pledge" and "Our impact"; ADR 0046). A fixed set, so that every school asks
 * the same and the county's share means one thing.
 *
 * @param field the submission's field (JSON) and column (CSV) for the number agreeing
 * @param wording the statement as staff are asked it
 * @param source what in the strategy it measures
 */
public enum WellbeingStatement {

	WELLBEING_GOOD("agreeWellbeingGood", "My well-being at work is good",
			"themes 1 and 2: leader well-being; teacher, TA and early years practitioner well-being"),
	SAFE_AND_SUPPORTED("agreeSafeAndSupported", "I feel part of a safe and supported workplace",
			"our impact: colleagues will feel part of a safe and supported workplace"),
	SUPPORT_ACCESSIBLE("agreeSupportAccessible", "Well-being support at work is accessible and meaningful to me",
			"leader well-being support and interventions that are accessible and meaningful"),
	DEVELOPMENT_RELEVANT("agreeDevelopmentRelevant",
			"The professional development I am offered is relevant to my setting",
			"theme 4: continued commitment to setting relevant professional development"),
	GROWTH_RECOGNISED("agreeGrowthRecognised", "My personal growth is recognised and rewarded here",
			"our impact: opportunities for personal growth will be recognised, harnessed, and rewarded");

	private final String field;

	private final String wording;

	private final String source;

	WellbeingStatement(String field, String wording, String source) {
		this.field = field;
		this.wording = wording;
		this.source = source;
	}

	public String field() {
		return this.field;
	}

	public String wording() {
		return this.wording;
	}

	public String source() {
		return this.source;
	}

}
