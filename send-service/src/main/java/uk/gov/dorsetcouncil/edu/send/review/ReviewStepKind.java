package uk.gov.dorsetcouncil.edu.send.review;

/**
 * The steps of an annual review of an EHC plan, each with the rule that sets it, who
 * acts, and whether missing its date breaks a duty. Sources: Children and Families Act
 * 2014 s44; the SEND Regulations 2014 (SI 2014/1530) regs 18, 20-22; SEND Code of
 * Practice 0-25 (2015) 9.166-9.185. Choices where they are silent: ADR 0034.
 */
public enum ReviewStepKind {

	REVIEW_MEETING(
			"Children and Families Act 2014 s44(1): the plan is reviewed within 12 months of being made or last reviewed",
			Actor.LOCAL_AUTHORITY, true),

	PAPERS_CIRCULATED(
			"SEND Regulations 2014 reg 20: the advice and information are sent to everyone invited at least two weeks before the meeting",
			Actor.LOCAL_AUTHORITY, true),

	DECISION(
			"SEND Regulations 2014 reg 20(10): the LA decides to maintain, amend or cease the plan and notifies the parent within 4 weeks of the meeting",
			Actor.LOCAL_AUTHORITY, true),

	PARENT_COMMENTS(
			"SEND Regulations 2014 reg 22(2)(c): at least 15 days for the parent or young person to comment on the proposed amendments",
			Actor.PARENT, false),

	AMENDED_PLAN(
			"SEND Regulations 2014 reg 22(5): the amended plan within 8 weeks of the proposed amendments; at a phase transfer, reg 18(1): naming the new school by 15 February of the year of transfer (31 March from secondary to post-16)",
			Actor.LOCAL_AUTHORITY, true),

	EARLY_YEARS_REMINDER(
			"SEND Code of Practice 9.178: for a child under 5 the LA should consider a review every 3 to 6 months (advice, so a reminder, never a breach)",
			Actor.LOCAL_AUTHORITY, false);

	/** Who must act for the step to be done. */
	public enum Actor {

		LOCAL_AUTHORITY, PARENT

	}

	private final String rule;

	private final Actor actor;

	private final boolean duty;

	ReviewStepKind(String rule, Actor actor, boolean duty) {
		this.rule = rule;
		this.actor = actor;
		this.duty = duty;
	}

	public String rule() {
		return this.rule;
	}

	public Actor actor() {
		return this.actor;
	}

	/**
	 * Whether missing the date breaks a duty: the parent's 15 days are a right, and the
	 * early years review is advice, so neither is ever a breach.
	 */
	public boolean isDuty() {
		return this.duty;
	}

	/** Whether a caseworker is reminded of it: every step but the parent's own. */
	public boolean isQueued() {
		return this.actor == Actor.LOCAL_AUTHORITY;
	}

}
