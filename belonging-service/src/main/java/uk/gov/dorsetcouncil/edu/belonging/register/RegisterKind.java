package uk.gov.dorsetcouncil.edu.belonging.register;

/**
 * The registers a local authority's officers keep of children not in school, or at risk
 * of it, each with the duty it serves (domain-rules.md section 4).
 */
public enum RegisterKind {

	/**
	 * Elective home education: the parent's written notice (EA 1996 s7; DfE Elective home
	 * education guidance 2019), the school left, LA consent for a special school
	 * placement under LA arrangements (Pupil Registration Regulations 2024), enquiries
	 * and the school attendance order (EA 1996 ss437-443).
	 */
	ELECTIVE_HOME_EDUCATION("EA 1996 s7 and s437; DfE Elective home education guidance 2019"),

	/**
	 * Children missing education: neither on a school roll nor receiving suitable
	 * education otherwise (EA 1996 s436A; DfE Children missing education guidance 2024).
	 */
	CHILD_MISSING_EDUCATION("EA 1996 s436A; DfE Children missing education guidance 2024"),

	/**
	 * A compulsory-age child with no school place: every such child must have one (EA
	 * 1996 s7, s14; the Belonging Strategy's first measure).
	 */
	NO_SCHOOL_PLACE("EA 1996 s7 and s14: every child of compulsory school age has a school place"),

	/**
	 * An In-Year Fair Access case: a referral to the panel, its decision, the school it
	 * names and how long until the child is on that roll (School Admissions Code 2021
	 * paragraphs 3.9 to 3.25; DfE Fair access protocols guidance 2021).
	 */
	FAIR_ACCESS("School Admissions Code 2021 paras 3.9-3.25; DfE Fair access protocols guidance 2021");

	private final String rule;

	RegisterKind(String rule) {
		this.rule = rule;
	}

	public String rule() {
		return this.rule;
	}

}
