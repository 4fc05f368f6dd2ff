package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.Set;

/**
 * What the law requires after a suspension or permanent exclusion, each with the rule
 * that sets it and who must act. Sources: Education Act 2002 s51A; the School Discipline
 * (Pupil Exclusions and Reviews) (England) Regulations 2012 (SI 2012/1033); the Education
 * (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007; s19
 * Education Act 1996; DfE Suspension and permanent exclusion guidance (2024).
 */
public enum StepKind {

	PARENT_NOTICE("SI 2012/1033: the parent told without delay, with the reasons and the period", Actor.SCHOOL,
			Set.of()),

	GOVERNING_BOARD_NOTICE(
			"SI 2012/1033: the governing board told without delay of a permanent exclusion, over 5 school days in a term, or a missed public exam",
			Actor.SCHOOL, Set.of()),

	LOCAL_AUTHORITY_NOTICE(
			"SI 2012/1033: the local authority told without delay of a permanent exclusion, over 5 school days in a term, or a missed public exam",
			Actor.SCHOOL, Set.of()),

	VIRTUAL_SCHOOL_HEAD_NOTICE(
			"DfE Suspension and permanent exclusion guidance 2024: the virtual school head told without delay for a looked-after child",
			Actor.SCHOOL, Set.of()),

	SOCIAL_WORKER_NOTICE(
			"DfE Suspension and permanent exclusion guidance 2024: the social worker told without delay for a child with one",
			Actor.SCHOOL, Set.of()),

	SIXTH_DAY_PROVISION(
			"Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007 and s19 EA 1996: full-time education from the sixth school day",
			Actor.SCHOOL, Set.of()),

	GOVERNING_BOARD_MEETING(
			"SI 2012/1033: the governing board considers reinstatement within 15 school days of notice (permanent, over 15 days in a term, missed exam), or within 50 at the parent's request (over 5 days in a term)",
			Actor.SCHOOL, Set.of(StepOutcome.UPHELD, StepOutcome.REINSTATED)),

	REVIEW_APPLICATION(
			"SI 2012/1033: the parent may apply for an independent review within 15 school days of notice of the board's decision; a late application is refused",
			Actor.PARENT, Set.of()),

	REVIEW_PANEL("SI 2012/1033: the independent review panel meets within 15 school days of the application",
			Actor.LOCAL_AUTHORITY,
			Set.of(StepOutcome.PANEL_UPHELD, StepOutcome.RECONSIDERATION_RECOMMENDED, StepOutcome.QUASHED)),

	RECONSIDERATION("SI 2012/1033: the governing board reconsiders within 10 school days of the panel's decision",
			Actor.SCHOOL, Set.of(StepOutcome.UPHELD, StepOutcome.REINSTATED));

	/** Who must act for the step to be done. */
	public enum Actor {

		SCHOOL, LOCAL_AUTHORITY, PARENT

	}

	private final String rule;

	private final Actor actor;

	private final Set<StepOutcome> outcomes;

	StepKind(String rule, Actor actor, Set<StepOutcome> outcomes) {
		this.rule = rule;
		this.actor = actor;
		this.outcomes = outcomes;
	}

	public String rule() {
		return this.rule;
	}

	public Actor actor() {
		return this.actor;
	}

	/** The decisions the step records when done; empty when it records only a date. */
	public Set<StepOutcome> outcomes() {
		return this.outcomes;
	}

	/**
	 * Whether missing the date breaks a duty: the parent's window to apply for a review
	 * is a right, not a duty, so it lapses instead.
	 */
	public boolean isDuty() {
		return this.actor != Actor.PARENT;
	}

}
