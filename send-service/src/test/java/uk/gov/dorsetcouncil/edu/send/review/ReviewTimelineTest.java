package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual review's clocks against tables of cases: months that end on a shorter
 * month's last day and leap years, papers due in the summer holidays and on a bank
 * holiday, decisions over Christmas, amendments against the phase transfer dates.
 */
class ReviewTimelineTest {

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static AnnualReview review(String from, String meetingOn, String bornOn, PhaseTransfer transfer, Integer year) {
		AnnualReview fresh = new AnnualReview(CHILD.value() + "-R1", CHILD, "991001", LocalDate.parse(from),
				LocalDate.parse(meetingOn), (bornOn != null) ? LocalDate.parse(bornOn) : null, transfer, year,
				List.of(), "caseworker-7", Instant.parse("2026-01-01T00:00:00Z"));
		return fresh.withSteps(ReviewTimeline.steps(fresh));
	}

	/** The review with a step done and its timeline worked out again. */
	static AnnualReview done(AnnualReview review, ReviewStepKind kind, String on, ReviewOutcome outcome) {
		List<ReviewStep> steps = new ArrayList<>();
		for (ReviewStep step : review.steps()) {
			steps.add((step.kind() == kind) ? step.done(LocalDate.parse(on), outcome) : step);
		}
		AnnualReview changed = review.withSteps(steps);
		return changed.withSteps(ReviewTimeline.steps(changed));
	}

	static ReviewStep step(AnnualReview review, ReviewStepKind kind) {
		return review.step(kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + review.steps()));
	}

	@ParameterizedTest(name = "plan made or reviewed {0}: review by {1}")
	@CsvSource(textBlock = """
			# from,       due, why
			2025-03-14, 2026-03-14, 12 calendar months; s44(1)
			2024-02-29, 2025-02-28, a leap days anniversary is 28 February
			2023-02-28, 2024-02-28, not moved to the leap day
			2025-08-31, 2026-08-31, in the summer holidays; a bank holiday: the date stands
			2026-12-25, 2027-12-25, Christmas Day: the date stands; act by the 24th
			""")
	void theReviewIsDueWithinTwelveMonths(String from, String due, String why) {
		ReviewStep meeting = step(review(from, due, null, null, null), ReviewStepKind.REVIEW_MEETING);

		assertThat(meeting.dueDate()).isEqualTo(due);
		assertThat(meeting.startsOn()).isEqualTo(from);
	}

	@ParameterizedTest(name = "meeting {0}: papers by {1}, act by {2}")
	@CsvSource(textBlock = """
			# meeting,    papers due,  act by, why
			2026-09-14, 2026-08-31, 2026-08-28, summer holidays and the summer bank holiday
			2027-01-03, 2026-12-20, 2026-12-18, a Sunday: act by the Friday before
			2026-10-20, 2026-10-06, 2026-10-06, a Tuesday in term
			2028-03-14, 2028-02-29, 2028-02-29, a leap day
			2026-04-20, 2026-04-06, 2026-04-02, Easter Monday; Good Friday before it
			""")
	void thePapersGoTwoWeeksBeforeTheMeeting(String meeting, String due, String actBy, String why) {
		ReviewStep papers = step(review("2025-10-01", meeting, null, null, null), ReviewStepKind.PAPERS_CIRCULATED);

		assertThat(papers.dueDate()).isEqualTo(due);
		assertThat(papers.actBy()).isEqualTo(actBy);
	}

	@ParameterizedTest(name = "held {0}: decision by {1}, act by {2}")
	@CsvSource(textBlock = """
			# held,       decision due, act by, why
			2026-11-30, 2026-12-28, 2026-12-24, the Boxing Day substitute: act by Christmas Eve
			2024-02-01, 2024-02-29, 2024-02-29, a leap day
			2026-07-20, 2026-08-17, 2026-08-17, the summer holidays do not stop the LAs clock
			2026-10-05, 2026-11-02, 2026-11-02, four calendar weeks
			""")
	void theDecisionIsDueFourWeeksAfterTheMeetingAndFollowsTheDayItWasHeld(String held, String due, String actBy,
			String why) {
		AnnualReview arranged = review("2025-10-01", "2026-10-05", null, null, null);

		AnnualReview met = done(arranged, ReviewStepKind.REVIEW_MEETING, held, null);

		ReviewStep decision = step(met, ReviewStepKind.DECISION);
		assertThat(decision.startsOn()).isEqualTo(held);
		assertThat(decision.dueDate()).isEqualTo(due);
		assertThat(decision.actBy()).isEqualTo(actBy);
		assertThat(step(met, ReviewStepKind.PAPERS_CIRCULATED).dueDate())
			.isEqualTo(LocalDate.parse(held).minusDays(14));
	}

	@ParameterizedTest(name = "{0} in {1}, amendments proposed {2}: comments by {3}, amended plan by {4}")
	@CsvSource(textBlock = """
			# transfer,            year, proposed,   comments,   amended plan, why
			,                          , 2026-10-01, 2026-10-16, 2026-11-26, 15 days and 8 weeks; reg 22
			,                          , 2024-01-30, 2024-02-14, 2024-03-26, over a leap day
			PRIMARY_TO_SECONDARY,  2027, 2027-01-04, 2027-01-19, 2027-02-15, 15 February comes first; reg 18
			PRIMARY_TO_SECONDARY,  2027, 2026-11-02, 2026-11-17, 2026-12-28, 8 weeks comes first
			SECONDARY_TO_POST_16,  2027, 2027-01-04, 2027-01-19, 2027-03-01, post-16: 31 March; 8 weeks first
			SECONDARY_TO_POST_16,  2029, 2029-02-20, 2029-03-07, 2029-03-31, 31 March comes first
			EARLY_YEARS_TO_SCHOOL, 2026, 2025-12-22, 2026-01-06, 2026-02-15, 15 February
			""")
	void anAmendmentHasTheParentsFifteenDaysAndTheAmendedPlanByEightWeeksOrTheTransferDate(PhaseTransfer transfer,
			Integer year, String proposed, String comments, String amended, String why) {
		AnnualReview arranged = review("2025-10-01", "2025-12-01", null, transfer, year);
		AnnualReview met = done(arranged, ReviewStepKind.REVIEW_MEETING, "2025-12-01", null);

		AnnualReview amending = done(met, ReviewStepKind.DECISION, proposed, ReviewOutcome.AMEND);

		assertThat(step(amending, ReviewStepKind.PARENT_COMMENTS).dueDate()).isEqualTo(comments);
		assertThat(step(amending, ReviewStepKind.AMENDED_PLAN).dueDate()).isEqualTo(amended);
		assertThat(step(amending, ReviewStepKind.AMENDED_PLAN).startsOn()).isEqualTo(proposed);
	}

	@ParameterizedTest(name = "{0} in {1}: the amended plan by {2}, act by {3}")
	@CsvSource(textBlock = """
			# transfer,            year, due,        act by, why
			PRIMARY_TO_SECONDARY,  2027, 2027-02-15, 2027-02-15, a Monday
			PRIMARY_TO_SECONDARY,  2026, 2026-02-15, 2026-02-13, a Sunday: the Friday before
			MIDDLE_TO_SECONDARY,   2028, 2028-02-15, 2028-02-15, 15 February in a leap year
			INFANT_TO_JUNIOR,      2027, 2027-02-15, 2027-02-15, every transfer into school: 15 February
			SECONDARY_TO_POST_16,  2029, 2029-03-31, 2029-03-29, a Saturday after Good Friday
			SECONDARY_TO_POST_16,  2027, 2027-03-31, 2027-03-31, a Wednesday
			""")
	void aTransferReviewShowsTheAmendedPlansDateFromTheStart(PhaseTransfer transfer, int year, String due, String actBy,
			String why) {
		AnnualReview arranged = review("2025-10-01", "2025-11-10", null, transfer, year);

		ReviewStep amended = step(arranged, ReviewStepKind.AMENDED_PLAN);

		assertThat(amended.dueDate()).isEqualTo(due);
		assertThat(amended.actBy()).isEqualTo(actBy);
		assertThat(done(done(arranged, ReviewStepKind.REVIEW_MEETING, "2025-11-10", null), ReviewStepKind.DECISION,
				"2025-11-20", ReviewOutcome.CEASE)
			.step(ReviewStepKind.AMENDED_PLAN)).as("a plan ceasing is not amended").isEmpty();
	}

	@ParameterizedTest(name = "born {0}, reviewed {1}: reminded {2}")
	@CsvSource(textBlock = """
			# born,       from,       reminder, why
			2022-05-03, 2026-01-10, 2026-07-10, 4 at the reminder
			2021-03-01, 2025-10-01,, 5 before the reminder: none
			2021-04-01, 2025-10-01,, 5 on the reminders day: none
			2021-04-02, 2025-10-01, 2026-04-01, a day short of 5
			2020-02-29, 2023-08-31, 2024-02-29, a leap days child; reminded on a leap day
			""")
	void aChildUnderFiveIsRemindedAfterSixMonths(String born, String from, String reminder, String why) {
		AnnualReview arranged = review(from, LocalDate.parse(from).plusMonths(11).toString(), born, null, null);

		if (reminder == null) {
			assertThat(arranged.step(ReviewStepKind.EARLY_YEARS_REMINDER)).isEmpty();
		}
		else {
			ReviewStep remind = step(arranged, ReviewStepKind.EARLY_YEARS_REMINDER);
			assertThat(remind.dueDate()).isEqualTo(reminder);
			assertThat(remind.breach(remind.dueDate().plusYears(1))).as("advice, never a breach").isFalse();
		}
	}

	@ParameterizedTest(name = "{0} due {1}, done {2}, today {3}: breach {4}")
	@CsvSource(textBlock = """
			# kind,              due,        done,       today,      breach
			REVIEW_MEETING,      2026-03-14, 2026-03-14, 2026-12-07, false, on the day
			REVIEW_MEETING,      2026-03-14, 2026-03-16, 2026-12-07, true, late; even over a weekend
			REVIEW_MEETING,      2026-03-14,           , 2026-03-14, false, due today
			REVIEW_MEETING,      2026-03-14,           , 2026-03-15, true, passed; not done
			DECISION,            2026-12-28,           , 2026-12-29, true, a bank holiday does not move it
			AMENDED_PLAN,        2027-02-15, 2027-02-16, 2027-03-01, true, a day late
			PARENT_COMMENTS,     2026-10-16,           , 2026-12-07, false, the parents right
			EARLY_YEARS_REMINDER,2026-07-10,           , 2026-12-07, false, advice
			""")
	void aDutyMissedIsABreachAndTheParentsDaysAndRemindersNever(ReviewStepKind kind, String due, String done,
			String today, boolean breach, String why) {
		ReviewStep step = new ReviewStep(kind, LocalDate.parse(due).minusWeeks(4), LocalDate.parse(due),
				(done != null) ? LocalDate.parse(done) : null, null);

		assertThat(step.breach(LocalDate.parse(today))).isEqualTo(breach);
	}

}
