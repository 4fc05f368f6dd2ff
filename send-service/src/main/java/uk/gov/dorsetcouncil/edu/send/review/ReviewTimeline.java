package uk.gov.dorsetcouncil.edu.send.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which steps an annual review has and when each falls due, worked out again from the
 * facts (the 12 months' start, the meeting, the decision) whenever one changes, keeping
 * what was done. Periods are calendar months, weeks and days from the day the clock
 * starts, that day not counted, as for assessments (ADR 0031); a month ends on the
 * corresponding date or the month's last day (a plan reviewed on 29 February is due on 28
 * February). Choices where the regulations are silent: ADR 0034.
 */
public final class ReviewTimeline {

	/** s44(1): the review within 12 months of the plan made or last reviewed. */
	static final int REVIEW_MONTHS = 12;

	/** reg 20: the papers at least two weeks before the meeting. */
	static final int PAPERS_DAYS_BEFORE = 14;

	/** reg 20(10): the decision within 4 weeks of the meeting. */
	static final int DECISION_WEEKS = 4;

	/** reg 22(2)(c): at least 15 days for the parent's comments. */
	static final int COMMENT_DAYS = 15;

	/** reg 22(5): the amended plan within 8 weeks of the proposed amendments. */
	static final int AMENDED_PLAN_WEEKS = 8;

	/** CoP 9.178: a review every 3 to 6 months for a child under 5; reminded at 6. */
	static final int EARLY_YEARS_MONTHS = 6;

	/** The age until which the early years reminder applies. */
	static final int EARLY_YEARS_AGE = 5;

	private ReviewTimeline() {
	}

	/** The next review's last day on time. */
	public static LocalDate reviewDue(LocalDate reviewFrom) {
		return reviewFrom.plusMonths(REVIEW_MONTHS);
	}

	public static List<ReviewStep> steps(AnnualReview review) {
		Map<ReviewStepKind, ReviewStep> held = new EnumMap<>(ReviewStepKind.class);
		review.steps().forEach(step -> held.put(step.kind(), step));
		List<ReviewStep> steps = new ArrayList<>();
		Timed timed = (kind, start, due) -> {
			ReviewStep was = held.get(kind);
			ReviewStep step = new ReviewStep(kind, start.isAfter(due) ? due : start, due,
					(was != null) ? was.doneDate() : null, (was != null) ? was.outcome() : null);
			steps.add(step);
			return step;
		};
		LocalDate from = review.reviewFrom();
		ReviewStep meeting = timed.at(ReviewStepKind.REVIEW_MEETING, from, reviewDue(from));
		// the papers are due two weeks before the day the meeting is held, or arranged
		// while it has not been
		LocalDate meetingDay = meeting.done() ? meeting.doneDate() : review.meetingOn();
		timed.at(ReviewStepKind.PAPERS_CIRCULATED, from, meetingDay.minusDays(PAPERS_DAYS_BEFORE));
		ReviewStep decision = null;
		if (meeting.done()) {
			decision = timed.at(ReviewStepKind.DECISION, meeting.doneDate(),
					meeting.doneDate().plusWeeks(DECISION_WEEKS));
		}
		LocalDate transferDue = review.transferDue().orElse(null);
		if (decision != null && decision.done() && decision.outcome() == ReviewOutcome.AMEND) {
			LocalDate proposed = decision.doneDate();
			timed.at(ReviewStepKind.PARENT_COMMENTS, proposed, proposed.plusDays(COMMENT_DAYS));
			LocalDate due = proposed.plusWeeks(AMENDED_PLAN_WEEKS);
			if (transferDue != null && transferDue.isBefore(due)) {
				due = transferDue;
			}
			timed.at(ReviewStepKind.AMENDED_PLAN, proposed, due);
		}
		else if (transferDue != null && (decision == null || !decision.done())) {
			// a transfer review amends the plan to name the new school: its deadline is
			// shown from the start, so that it is seen months before it runs out
			timed.at(ReviewStepKind.AMENDED_PLAN, from, transferDue);
		}
		if (review.bornOn() != null) {
			LocalDate remind = from.plusMonths(EARLY_YEARS_MONTHS);
			if (remind.isBefore(review.bornOn().plusYears(EARLY_YEARS_AGE))) {
				timed.at(ReviewStepKind.EARLY_YEARS_REMINDER, from, remind);
			}
		}
		steps.sort(Comparator.comparing(ReviewStep::dueDate).thenComparing(ReviewStep::kind));
		return steps;
	}

	@FunctionalInterface
	private interface Timed {

		ReviewStep at(ReviewStepKind kind, LocalDate start, LocalDate due);

	}

}
