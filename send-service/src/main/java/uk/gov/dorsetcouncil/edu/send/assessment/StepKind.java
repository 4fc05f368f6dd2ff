package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The statutory steps of an EHC needs assessment, each with the rule that sets it, who
 * must act, what it may decide and which exceptions move it. Sources: Children and
 * Families Act 2014 Part 3; the SEND Regulations 2014 (SI 2014/1530); SEND Code of
 * Practice 0-25 (2015) chapter 9. Choices where they are silent: ADR 0031.
 */
public enum StepKind {

	DECISION_TO_ASSESS(
			"SEND Regulations 2014 reg 5(1): decide whether to assess, and notify, within 6 weeks of the request",
			Actor.LOCAL_AUTHORITY, Set.of(StepOutcome.ASSESS, StepOutcome.REFUSE), null),

	ADVICE_EDUCATION(adviceRule("educational advice (reg 6(1)(b))"), Actor.ADVISER, Set.of(), "EDUCATION"),

	ADVICE_HEALTH(adviceRule("medical advice from a health care professional (reg 6(1)(c))"), Actor.ADVISER, Set.of(),
			"HEALTH"),

	ADVICE_SOCIAL_CARE(adviceRule("social care advice (reg 6(1)(e))"), Actor.ADVISER, Set.of(), "SOCIAL_CARE"),

	ADVICE_EDUCATIONAL_PSYCHOLOGY(adviceRule("psychological advice from an educational psychologist (reg 6(1)(d))"),
			Actor.ADVISER, Set.of(), "EDUCATIONAL_PSYCHOLOGY"),

	ADVICE_OTHER(adviceRule("other advice the LA thinks appropriate (reg 6(1)(f)-(h))"), Actor.ADVISER, Set.of(),
			"OTHER"),

	DECISION_TO_ISSUE(
			"SEND Regulations 2014 reg 10(1): a decision not to issue a plan is notified within 16 weeks of the request",
			Actor.LOCAL_AUTHORITY, Set.of(StepOutcome.ISSUE, StepOutcome.NOT_ISSUE), null),

	DRAFT_PLAN(
			"SEND Regulations 2014 regs 12-13: the draft plan is sent in time for 15 days of comments and 15 days for the named school's answer before the 20-week final plan (ADR 0031)",
			Actor.LOCAL_AUTHORITY, Set.of(), null),

	DRAFT_COMMENTS(
			"Children and Families Act 2014 s38(2); SEND Regulations 2014 reg 13(1): at least 15 days for the parent or young person to comment and to ask for a school to be named",
			Actor.PARENT, Set.of(), null),

	SCHOOL_CONSULTATION(
			"Children and Families Act 2014 s39(2); SEND Code of Practice 9.79: the school asked to be named answers within 15 days",
			Actor.SCHOOL, Set.of(), null),

	FINAL_PLAN("SEND Regulations 2014 reg 13(2): the final plan issued within 20 weeks of the request",
			Actor.LOCAL_AUTHORITY, Set.of(), null),

	APPEAL_WINDOW(
			"Children and Families Act 2014 s51; SEND Tribunal rules: an appeal within 2 months of the decision, or 1 month after a mediation certificate, whichever is later",
			Actor.PARENT, Set.of(), null);

	/** Who must act for the step to be done. */
	public enum Actor {

		LOCAL_AUTHORITY, ADVISER, SCHOOL, PARENT

	}

	private final String rule;

	private final Actor actor;

	private final Set<StepOutcome> outcomes;

	private final String adviceSource;

	StepKind(String rule, Actor actor, Set<StepOutcome> outcomes, String adviceSource) {
		this.rule = rule;
		this.actor = actor;
		this.outcomes = outcomes;
		this.adviceSource = adviceSource;
	}

	private static String adviceRule(String what) {
		return "SEND Regulations 2014 reg 8(1): " + what + " given within 6 weeks of the LA's request";
	}

	public String rule() {
		return this.rule;
	}

	public Actor actor() {
		return this.actor;
	}

	public Set<StepOutcome> outcomes() {
		return this.outcomes;
	}

	/** Whether it is a request for advice (reg 6), answered by someone outside the LA. */
	public boolean isAdvice() {
		return this.adviceSource != null;
	}

	/** The advice source (EDUCATION, HEALTH, ...) of an advice step, else empty. */
	public Optional<String> adviceSource() {
		return Optional.ofNullable(this.adviceSource);
	}

	/** The advice step asked of a source, or empty when the source is unknown. */
	public static Optional<StepKind> adviceFrom(String source) {
		return Arrays.stream(values()).filter(kind -> kind.isAdvice() && kind.adviceSource.equals(source)).findFirst();
	}

	/**
	 * Whether missing the date breaks a duty: the parent's windows (to comment, to
	 * appeal) are rights, so they lapse instead.
	 */
	public boolean isDuty() {
		return this.actor != Actor.PARENT;
	}

	/** The exceptions that move this step's due date. */
	public Set<ExceptionKind> movedBy() {
		return switch (this) {
			// regs 5(4), 10(4), 13(3): the LA's own limits
			case DECISION_TO_ASSESS, DECISION_TO_ISSUE, DRAFT_PLAN, FINAL_PLAN -> ExceptionKind.OF_THE_LOCAL_AUTHORITY;
			// reg 8(2): the advice-giver's own exception, for that request only
			case ADVICE_EDUCATION, ADVICE_HEALTH, ADVICE_SOCIAL_CARE, ADVICE_EDUCATIONAL_PSYCHOLOGY, ADVICE_OTHER ->
				Set.of(ExceptionKind.ADVICE_GIVER);
			// the parent's 15 days, the school's 15 days and the appeal window have no
			// exceptions in the regulations
			case DRAFT_COMMENTS, SCHOOL_CONSULTATION, APPEAL_WINDOW -> Set.of();
		};
	}

}
