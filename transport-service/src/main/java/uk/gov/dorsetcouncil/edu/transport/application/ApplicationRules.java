package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.LocalDate;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.transport.application.Application.AppealOutcome;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Appeal;
import uk.gov.dorsetcouncil.edu.transport.application.Application.Outcome;

/**
 * The rules of deciding and appealing, in plain Java. Sources: Education Act 1996 s508B
 * (the duty to an eligible child); DfE, Travel to school for children of compulsory
 * school age (2024), the annex on appeals: the family asks for a stage 1 review within 20
 * working days of the decision, a senior officer answers within 20 working days; the
 * family asks for stage 2 within 20 working days of that answer, an independent panel
 * answers within 40 working days (domain-rules 6 marks the 20 and 40 as still to be
 * checked against the 2024 text; they are constants here so that a check changes one
 * line).
 */
public final class ApplicationRules {

	/** The family's time to ask for a review, from the decision (or stage 1 answer). */
	public static final int REQUEST_WORKING_DAYS = 20;

	/** The senior officer's time to answer a stage 1 review. */
	public static final int STAGE_1_WORKING_DAYS = 20;

	/** The independent panel's time to answer a stage 2 appeal. */
	public static final int STAGE_2_WORKING_DAYS = 40;

	private ApplicationRules() {
	}

	/** The officer's decision, or why it may not be made. */
	public record Verdict(Outcome outcome, Violation refused) {

		static Verdict of(Outcome outcome) {
			return new Verdict(outcome, null);
		}

		static Verdict no(String field, String detail) {
			return new Verdict(null, new Violation(field, detail));
		}

	}

	/**
	 * What the officer's choice makes of what was assessed.
	 * @param assessed AWARDED or REFUSED by the eligibility rules, or null where the
	 * officer decides (post-16, SEN)
	 * @param chosen the officer's outcome, or null to follow the assessment
	 * @param overrideReason given when the officer departs from the assessment
	 */
	public static Verdict decide(Outcome assessed, Outcome chosen, boolean hasOverrideReason) {
		if (assessed == null) {
			if (chosen == null) {
				return Verdict.no("outcome", "post-16 and SEN travel is the officer's decision under the policy "
						+ "statement: AWARDED or REFUSED is required");
			}
			if (hasOverrideReason) {
				return Verdict.no("overrideReason", "nothing was assessed to override; give the reasons instead");
			}
			return Verdict.of(chosen);
		}
		Outcome outcome = (chosen != null) ? chosen : assessed;
		if (assessed == Outcome.AWARDED && outcome == Outcome.REFUSED) {
			// s508B: travel for an eligible child is a duty, not a discretion.
			return Verdict.no("outcome", "the child is eligible (Education Act 1996 s508B): the council must "
					+ "arrange free travel, so an officer may not refuse it");
		}
		if (outcome != assessed && !hasOverrideReason) {
			return Verdict.no("overrideReason", "awarding travel the rules did not give is a discretionary award; "
					+ "the officer's reason is required");
		}
		if (outcome == assessed && hasOverrideReason) {
			return Verdict.no("overrideReason", "the outcome is what was assessed: there is nothing to override");
		}
		return Verdict.of(outcome);
	}

	/**
	 * The last day the family may ask for a review of a decision made on
	 * {@code decidedOn}.
	 */
	public static LocalDate requestBy(LocalDate decidedOn) {
		return WorkingDays.after(decidedOn, REQUEST_WORKING_DAYS);
	}

	/** The last day the council has to answer an appeal stage received on a day. */
	public static LocalDate dueOn(int stage, LocalDate receivedOn) {
		return WorkingDays.after(receivedOn, (stage == 1) ? STAGE_1_WORKING_DAYS : STAGE_2_WORKING_DAYS);
	}

	/**
	 * Why the family may not appeal now, naming the field; empty when they may.
	 * @param applicationId named when there is no decision to appeal
	 */
	public static Optional<Violation> appealProblem(Application application, int stage, LocalDate receivedOn) {
		if (application.decision() == null) {
			return problem("applicationId", "application " + application.id()
					+ " has no decision yet: a family appeals a decision, so decide it first");
		}
		if (stage != 1 && stage != 2) {
			return problem("stage", "1 (a review by a senior officer) or 2 (an independent panel); not " + stage);
		}
		if (application.stage(stage).isPresent()) {
			return problem("stage", "stage " + stage + " of this application's appeal is already held");
		}
		LocalDate from;
		if (stage == 1) {
			from = application.decision().decidedOn();
		}
		else {
			Optional<Appeal> first = application.stage(1);
			if (first.isEmpty() || first.get().open()) {
				return problem("stage", "stage 2 follows the answer to a stage 1 review, which "
						+ (first.isEmpty() ? "was not asked for" : "is not given yet"));
			}
			if (first.get().result().outcome() == AppealOutcome.CHANGED) {
				return problem("stage",
						"stage 1 changed the decision and travel is awarded: nothing is left to appeal");
			}
			from = first.get().result().decidedOn();
		}
		if (receivedOn.isBefore(from)) {
			return problem("receivedOn",
					"before the " + ((stage == 1) ? "decision" : "stage 1 answer") + " of " + from);
		}
		LocalDate by = requestBy(from);
		if (receivedOn.isAfter(by)) {
			return problem("receivedOn", "received after " + by + ", the 20th working day after " + from
					+ ": a late request is a new application");
		}
		return Optional.empty();
	}

	private static Optional<Violation> problem(String field, String detail) {
		return Optional.of(new Violation(field, detail));
	}

}
