package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which statutory steps an EHC needs assessment has and when each falls due, worked out
 * again from the facts (the request, the decisions, the advice asked, the exceptions)
 * whenever one changes, keeping what was done. Periods are calendar weeks and days from
 * the day the clock starts, that day not counted: a request received on a Monday is
 * decided by the Monday six weeks on (Interpretation Act 1978; ADR 0031). An exception
 * stops the clock for the days of its period that fall after the clock started and on or
 * before the date then due, so the due date moves on by those days; overlapping
 * exceptions count a day once. {@code StatutoryTimelineAsWritten} (tests) is the same
 * rules counted a day at a time.
 */
public final class StatutoryTimeline {

	/** reg 5(1): the decision whether to assess. */
	static final int DECISION_WEEKS = 6;

	/** reg 8(1): advice from each person asked. */
	static final int ADVICE_WEEKS = 6;

	/** reg 10(1): the notice of a decision not to issue. */
	static final int NOT_TO_ISSUE_WEEKS = 16;

	/** reg 13(2): the final plan. */
	static final int FINAL_PLAN_WEEKS = 20;

	/** reg 13(1), s38(2): the parent's or young person's days to comment on the draft. */
	static final int COMMENT_DAYS = 15;

	/** s39(2), CoP 9.79: the named school's days to answer. */
	static final int SCHOOL_ANSWER_DAYS = 15;

	/** An appeal within 2 months of the decision (SEND Tribunal rules). */
	static final int APPEAL_MONTHS = 2;

	/** ... or 1 month after a mediation certificate, whichever is later. */
	static final int APPEAL_AFTER_MEDIATION_MONTHS = 1;

	private StatutoryTimeline() {
	}

	public static List<Step> steps(Assessment assessment) {
		Map<StepKind, Step> held = new EnumMap<>(StepKind.class);
		assessment.steps().forEach(step -> held.put(step.kind(), step));
		List<AssessmentException> exceptions = assessment.exceptions();
		LocalDate received = assessment.receivedOn();
		List<Step> steps = new ArrayList<>();
		Timed timed = (kind, start, statutory) -> {
			List<Integer> applied = new ArrayList<>();
			LocalDate due = extended(kind, start, statutory, exceptions, applied);
			Step was = held.get(kind);
			Step step = new Step(kind, start, statutory, due, applied, (was != null) ? was.doneDate() : null,
					(was != null) ? was.outcome() : null);
			steps.add(step);
			return step;
		};
		Step decision = timed.at(StepKind.DECISION_TO_ASSESS, received, received.plusWeeks(DECISION_WEEKS));
		for (StepKind kind : StepKind.values()) {
			Step asked = held.get(kind);
			if (kind.isAdvice() && asked != null) {
				timed.at(kind, asked.startsOn(), asked.startsOn().plusWeeks(ADVICE_WEEKS));
			}
		}
		Step refusal = null;
		if (decision.done() && decision.outcome() == StepOutcome.REFUSE) {
			refusal = decision;
		}
		else if (decision.done()) {
			Step issue = timed.at(StepKind.DECISION_TO_ISSUE, received, received.plusWeeks(NOT_TO_ISSUE_WEEKS));
			if (issue.done() && issue.outcome() == StepOutcome.NOT_ISSUE) {
				refusal = issue;
			}
			else {
				LocalDate finalPlan = received.plusWeeks(FINAL_PLAN_WEEKS);
				// The draft leaves room for the parent's 15 days and the school's 15
				// before the final plan (ADR 0031).
				Step draft = timed.at(StepKind.DRAFT_PLAN, received,
						finalPlan.minusDays(COMMENT_DAYS + SCHOOL_ANSWER_DAYS));
				if (draft.done()) {
					Step comments = timed.at(StepKind.DRAFT_COMMENTS, draft.doneDate(),
							draft.doneDate().plusDays(COMMENT_DAYS));
					if (comments.done()) {
						// The LA consults the school the parent asks for on the day the
						// request arrives (ADR 0031).
						timed.at(StepKind.SCHOOL_CONSULTATION, comments.doneDate(),
								comments.doneDate().plusDays(SCHOOL_ANSWER_DAYS));
					}
				}
				timed.at(StepKind.FINAL_PLAN, received, finalPlan);
			}
		}
		if (refusal != null) {
			LocalDate by = refusal.doneDate().plusMonths(APPEAL_MONTHS);
			LocalDate mediated = assessment.appeal().mediationCertificateOn();
			if (mediated != null && mediated.plusMonths(APPEAL_AFTER_MEDIATION_MONTHS).isAfter(by)) {
				by = mediated.plusMonths(APPEAL_AFTER_MEDIATION_MONTHS);
			}
			Step window = timed.at(StepKind.APPEAL_WINDOW, refusal.doneDate(), by);
			if (assessment.appeal().lodgedOn() != null && !window.done()) {
				steps.set(steps.size() - 1, window.done(assessment.appeal().lodgedOn(), null));
			}
		}
		steps.sort(Comparator.comparing(Step::dueDate).thenComparing(Step::kind));
		return steps;
	}

	/**
	 * The due date once the exceptions that move the step have stopped its clock.
	 * @param applied gets the numbers of those that moved it
	 */
	static LocalDate extended(StepKind kind, LocalDate start, LocalDate statutory, List<AssessmentException> exceptions,
			List<Integer> applied) {
		LocalDate due = statutory;
		LocalDate stoppedUntil = start;
		List<AssessmentException> inOrder = exceptions.stream()
			.filter(exception -> exception.applies(kind))
			.sorted(Comparator.comparing(AssessmentException::from).thenComparing(AssessmentException::number))
			.toList();
		for (AssessmentException exception : inOrder) {
			if (exception.from().isAfter(due) || !exception.to().isAfter(stoppedUntil)) {
				continue;
			}
			LocalDate first = exception.from().isAfter(stoppedUntil) ? exception.from() : stoppedUntil.plusDays(1);
			long days = java.time.temporal.ChronoUnit.DAYS.between(first, exception.to()) + 1;
			due = due.plusDays(days);
			stoppedUntil = exception.to();
			applied.add(exception.number());
		}
		return due;
	}

	@FunctionalInterface
	private interface Timed {

		Step at(StepKind kind, LocalDate start, LocalDate statutory);

	}

}
