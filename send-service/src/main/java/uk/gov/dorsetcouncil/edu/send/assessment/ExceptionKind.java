package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.Set;

/**
 * The exceptions to the time limits of an EHC needs assessment in the SEND Regulations
 * 2014: where one applies the LA need not meet the limit, and the due dates it affects
 * move on by the length of the period it covers (ADR 0031). Each says which steps it
 * affects.
 */
public enum ExceptionKind {

	SCHOOL_CLOSURE(
			"SEND Regulations 2014 regs 5(4)(a)-(b), 10(4)(a)-(b), 13(3)(a)-(b): the LA asked a school, post-16 institution or early years provider for advice from one week before it closed for at least 4 continuous weeks until one week before it re-opened",
			28, false),

	PERSONAL_CIRCUMSTANCES(
			"SEND Regulations 2014 regs 5(4)(c), 10(4)(c), 13(3)(c): exceptional personal circumstances affecting the child or the parent, or the young person",
			1, false),

	ABSENCE_FROM_AREA(
			"SEND Regulations 2014 regs 5(4)(d), 10(4)(d), 13(3)(d): the child or the parent, or the young person, absent from the LA's area for at least 4 continuous weeks",
			28, false),

	ADVICE_GIVER(
			"SEND Regulations 2014 reg 8(2): the advice-giver need not answer within 6 weeks when the child, parent or young person missed an appointment for an examination or test in that period",
			1, true);

	/** The exceptions that move the LA's own limits (6, 16 and 20 weeks). */
	public static final Set<ExceptionKind> OF_THE_LOCAL_AUTHORITY = Set.of(SCHOOL_CLOSURE, PERSONAL_CIRCUMSTANCES,
			ABSENCE_FROM_AREA);

	private final String rule;

	private final int minimumDays;

	private final boolean ofAnAdviceGiver;

	ExceptionKind(String rule, int minimumDays, boolean ofAnAdviceGiver) {
		this.rule = rule;
		this.minimumDays = minimumDays;
		this.ofAnAdviceGiver = ofAnAdviceGiver;
	}

	public String rule() {
		return this.rule;
	}

	/** The shortest period, both days counted, for which the exception can apply. */
	public int minimumDays() {
		return this.minimumDays;
	}

	/** Whether it names the advice request it excuses (the advice-giver's own). */
	public boolean ofAnAdviceGiver() {
		return this.ofAnAdviceGiver;
	}

}
