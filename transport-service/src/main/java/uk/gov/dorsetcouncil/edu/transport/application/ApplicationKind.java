package uk.gov.dorsetcouncil.edu.transport.application;

/**
 * What a family applies for, and the law it is decided under. Only travel for a child of
 * compulsory school age is a duty decided by the eligibility rules; post-16 and SEN
 * travel are decided by the officer under the council's policy statements, with reasons.
 */
public enum ApplicationKind {

	/** A child of compulsory school age: decided by an eligibility assessment. */
	HOME_TO_SCHOOL("Education Act 1996 s508B and Schedule 35B", false),

	/** A learner aged 16 to 18: the post-16 transport policy statement. */
	POST_16("Education Act 1996 s509AA (post-16 transport policy statement)", true),

	/**
	 * A learner with an EHC plan outside the compulsory-age duty (16 to 25): the policy
	 * statements for learners with SEN; needs a final EHC plan.
	 */
	SEN("Education Act 1996 s509AA and s508F (learners with an EHC plan)", true);

	private final String source;

	private final boolean discretionary;

	ApplicationKind(String source, boolean discretionary) {
		this.source = source;
		this.discretionary = discretionary;
	}

	public String source() {
		return this.source;
	}

	/** Whether the officer decides (with reasons) rather than the eligibility rules. */
	public boolean discretionary() {
		return this.discretionary;
	}

}
