package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every clock of an EHC needs assessment against tables of cases: weekends, bank
 * holidays, the summer holidays, leap years and each exception of the SEND Regulations
 * 2014.
 */
class StatutoryTimelineTest {

	static final Upn CHILD = Upn.withCheckLetter("838200125001");

	static Assessment received(LocalDate on) {
		return new Assessment(CHILD.value() + "-1", CHILD, "991001", Requester.PARENT, on, NeedType.ASD, List.of(),
				List.of(), Appeal.NONE, "caseworker-7", Instant.parse("2026-01-05T09:00:00Z"));
	}

	static Assessment timed(Assessment assessment) {
		return assessment.withSteps(StatutoryTimeline.steps(assessment));
	}

	static Assessment done(Assessment assessment, StepKind kind, LocalDate on, StepOutcome outcome) {
		List<Step> steps = assessment.steps()
			.stream()
			.map(step -> (step.kind() == kind) ? step.done(on, outcome) : step)
			.toList();
		return timed(assessment.withSteps(steps));
	}

	static Assessment advice(Assessment assessment, StepKind kind, LocalDate asked) {
		List<Step> steps = new ArrayList<>(assessment.steps());
		steps.add(new Step(kind, asked, asked, asked, List.of(), null, null));
		return timed(assessment.withSteps(steps));
	}

	static Assessment except(Assessment assessment, ExceptionKind kind, StepKind advice, String from, String to) {
		List<AssessmentException> exceptions = new ArrayList<>(assessment.exceptions());
		exceptions.add(new AssessmentException(exceptions.size() + 1, kind, advice, LocalDate.parse(from),
				LocalDate.parse(to), "evidence"));
		return timed(assessment.withExceptions(exceptions));
	}

	static Step step(Assessment assessment, StepKind kind) {
		return assessment.step(kind).orElseThrow(() -> new AssertionError("no " + kind + " in " + assessment.steps()));
	}

	/** Assessed on the day received, with a plan to be issued: every LA clock running. */
	static Assessment issuing(LocalDate received) {
		Assessment a = done(timed(received(received)), StepKind.DECISION_TO_ASSESS, received, StepOutcome.ASSESS);
		return done(a, StepKind.DECISION_TO_ISSUE, received, StepOutcome.ISSUE);
	}

	@ParameterizedTest(name = "received {0}: decide by {1}, act by {2} ({3})")
	@CsvSource({ "2026-09-14, 2026-10-26, 2026-10-26, a Monday six weeks on",
			"2026-10-03, 2026-11-14, 2026-11-13, due on a Saturday: act by the Friday",
			"2026-10-04, 2026-11-15, 2026-11-13, due on a Sunday: act by the Friday",
			"2026-04-13, 2026-05-25, 2026-05-22, due on the spring bank holiday",
			"2027-02-15, 2027-03-29, 2027-03-25, due on Easter Monday: Good Friday is no working day either",
			"2026-11-13, 2026-12-25, 2026-12-24, due on Christmas Day",
			"2026-11-14, 2026-12-26, 2026-12-24, due on Boxing Day, a Saturday",
			"2021-11-20, 2022-01-01, 2021-12-31, due on New Year's Day, a Saturday",
			"2022-08-08, 2022-09-19, 2022-09-16, due on the day of the State Funeral",
			"2026-07-27, 2026-09-07, 2026-09-07, received in the summer holidays: no exception of itself",
			"2024-01-18, 2024-02-29, 2024-02-29, leap year: due on 29 February",
			"2028-01-18, 2028-02-29, 2028-02-29, leap year 2028",
			"2027-01-18, 2027-03-01, 2027-03-01, not a leap year: six weeks end on 1 March",
			"2023-12-31, 2024-02-11, 2024-02-09, across the year end into a leap year" })
	void theDecisionWhetherToAssessIsDueSixWeeksOnAndActedOnByTheLastWorkingDay(LocalDate received, LocalDate due,
			LocalDate actBy, String why) {
		Step decision = step(timed(received(received)), StepKind.DECISION_TO_ASSESS);

		assertThat(decision.statutoryDueDate()).isEqualTo(due);
		assertThat(decision.dueDate()).isEqualTo(due);
		assertThat(decision.actBy()).isEqualTo(actBy);
	}

	@ParameterizedTest(name = "received {0}: not-to-issue notice by {1}, draft by {2}, final plan by {3}")
	@CsvSource({ "2026-06-01, 2026-09-21, 2026-09-19, 2026-10-19", "2023-10-13, 2024-02-02, 2024-01-31, 2024-03-01",
			"2024-01-01, 2024-04-22, 2024-04-20, 2024-05-20", "2027-10-13, 2028-02-02, 2028-01-31, 2028-03-01",
			"2026-08-10, 2026-11-30, 2026-11-28, 2026-12-28" })
	void theSixteenAndTwentyWeekLimitsRunFromTheRequest(LocalDate received, LocalDate notToIssue, LocalDate draft,
			LocalDate finalPlan) {
		Assessment a = issuing(received);

		assertThat(step(a, StepKind.DECISION_TO_ISSUE).dueDate()).isEqualTo(notToIssue);
		assertThat(step(a, StepKind.DRAFT_PLAN).dueDate()).isEqualTo(draft);
		assertThat(step(a, StepKind.FINAL_PLAN).dueDate()).isEqualTo(finalPlan);
	}

	@Test
	void aRefusalToAssessEndsTheClocksAndOpensTheAppealWindow() {
		Assessment refused = done(timed(received(LocalDate.of(2025, 12, 1))), StepKind.DECISION_TO_ASSESS,
				LocalDate.of(2025, 12, 31), StepOutcome.REFUSE);

		assertThat(refused.status()).isEqualTo(AssessmentStatus.REFUSED_TO_ASSESS);
		assertThat(refused.steps()).extracting(Step::kind)
			.containsExactly(StepKind.DECISION_TO_ASSESS, StepKind.APPEAL_WINDOW);
		// two months from 31 December end on the last day of February
		assertThat(step(refused, StepKind.APPEAL_WINDOW).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(step(refused, StepKind.APPEAL_WINDOW).breach(LocalDate.of(2026, 6, 1))).isFalse();
	}

	@ParameterizedTest(name = "decided {0}, mediation certificate {1}: appeal by {2}")
	@CsvSource({ "2026-03-02, , 2026-05-02", "2026-03-02, 2026-03-20, 2026-05-02", "2026-03-02, 2026-04-10, 2026-05-10",
			"2027-12-31, , 2028-02-29", "2026-12-31, 2027-01-31, 2027-02-28" })
	void theAppealWindowIsTwoMonthsOrOneAfterMediationWhicheverIsLater(LocalDate decided, LocalDate mediation,
			LocalDate by) {
		Assessment a = done(timed(received(decided.minusWeeks(5))), StepKind.DECISION_TO_ASSESS, decided,
				StepOutcome.REFUSE);
		a = timed(a.withAppeal(new Appeal(mediation, null, null, null)));

		assertThat(step(a, StepKind.APPEAL_WINDOW).dueDate()).isEqualTo(by);
	}

	@ParameterizedTest(name = "{0} advice asked {1}: due {2}")
	@CsvSource({ "ADVICE_HEALTH, 2026-07-01, 2026-08-12", "ADVICE_EDUCATION, 2026-07-15, 2026-08-26",
			"ADVICE_SOCIAL_CARE, 2028-01-20, 2028-03-02", "ADVICE_EDUCATIONAL_PSYCHOLOGY, 2027-01-20, 2027-03-03",
			"ADVICE_OTHER, 2026-12-18, 2027-01-29" })
	void eachAdviceIsDueSixWeeksFromItsRequest(StepKind kind, LocalDate asked, LocalDate due) {
		Assessment a = advice(issuing(LocalDate.of(2026, 6, 1)), kind, asked);

		assertThat(step(a, kind).dueDate()).isEqualTo(due);
		assertThat(step(a, kind).kind().actor()).isEqualTo(StepKind.Actor.ADVISER);
	}

	/**
	 * The summer holidays: educational advice asked on 15 July, a week before the school
	 * closed on 22 July until 2 September (43 days). The LA's clocks still running on 22
	 * July move on by 43 days; the decision to assess (due 13 July) does not.
	 */
	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource({ "DECISION_TO_ASSESS, 2026-07-13, 2026-07-13", "DECISION_TO_ISSUE, 2026-09-21, 2026-11-03",
			"DRAFT_PLAN, 2026-09-19, 2026-11-01", "FINAL_PLAN, 2026-10-19, 2026-12-01",
			"ADVICE_EDUCATION, 2026-08-26, 2026-08-26" })
	void aSummerClosureMovesTheLocalAuthoritysLimitsByItsLength(StepKind kind, LocalDate statutory, LocalDate due) {
		Assessment a = advice(issuing(LocalDate.of(2026, 6, 1)), StepKind.ADVICE_EDUCATION, LocalDate.of(2026, 7, 15));
		a = except(a, ExceptionKind.SCHOOL_CLOSURE, null, "2026-07-22", "2026-09-02");

		assertThat(step(a, kind).statutoryDueDate()).isEqualTo(statutory);
		assertThat(step(a, kind).dueDate()).isEqualTo(due);
		assertThat(step(a, kind).exceptionsApplied()).hasSize(statutory.equals(due) ? 0 : 1);
	}

	@ParameterizedTest(name = "{0} {1} to {2}: final plan {3}, health advice {4}")
	@CsvSource({ "PERSONAL_CIRCUMSTANCES, 2026-08-03, 2026-08-12, 2026-10-29, 2026-08-12",
			"ABSENCE_FROM_AREA, 2026-08-03, 2026-08-30, 2026-11-16, 2026-08-12",
			"PERSONAL_CIRCUMSTANCES, 2026-05-20, 2026-06-05, 2026-10-23, 2026-08-12",
			"PERSONAL_CIRCUMSTANCES, 2026-10-20, 2026-10-30, 2026-10-19, 2026-08-12",
			"PERSONAL_CIRCUMSTANCES, 2026-10-19, 2026-10-19, 2026-10-20, 2026-08-12",
			"ADVICE_GIVER, 2026-07-20, 2026-08-02, 2026-10-19, 2026-08-26" })
	void eachExceptionMovesOnlyTheStepsItAppliesTo(ExceptionKind kind, String from, String to, LocalDate finalPlan,
			LocalDate healthAdvice) {
		Assessment a = advice(issuing(LocalDate.of(2026, 6, 1)), StepKind.ADVICE_HEALTH, LocalDate.of(2026, 7, 1));
		a = except(a, kind, kind.ofAnAdviceGiver() ? StepKind.ADVICE_HEALTH : null, from, to);

		assertThat(step(a, StepKind.FINAL_PLAN).dueDate()).isEqualTo(finalPlan);
		assertThat(step(a, StepKind.ADVICE_HEALTH).dueDate()).isEqualTo(healthAdvice);
	}

	@Test
	void overlappingExceptionsCountADayOnce() {
		Assessment a = issuing(LocalDate.of(2026, 6, 1));
		a = except(a, ExceptionKind.PERSONAL_CIRCUMSTANCES, null, "2026-08-01", "2026-08-10");
		a = except(a, ExceptionKind.ABSENCE_FROM_AREA, null, "2026-08-05", "2026-09-01");

		// 1 August to 1 September is 32 days
		assertThat(step(a, StepKind.FINAL_PLAN).dueDate()).isEqualTo(LocalDate.of(2026, 10, 19).plusDays(32));
		assertThat(step(a, StepKind.FINAL_PLAN).exceptionsApplied()).containsExactly(1, 2);
	}

	@Test
	void theDraftOpensFifteenDaysForCommentsAndThenTheSchoolHasFifteenToAnswer() {
		Assessment a = done(issuing(LocalDate.of(2026, 6, 1)), StepKind.DRAFT_PLAN, LocalDate.of(2026, 9, 10), null);
		assertThat(step(a, StepKind.DRAFT_COMMENTS).dueDate()).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(step(a, StepKind.DRAFT_COMMENTS).breach(LocalDate.of(2026, 12, 1))).isFalse();

		a = done(a, StepKind.DRAFT_COMMENTS, LocalDate.of(2026, 9, 20), null);

		assertThat(step(a, StepKind.SCHOOL_CONSULTATION).dueDate()).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(step(a, StepKind.SCHOOL_CONSULTATION).kind().actor()).isEqualTo(StepKind.Actor.SCHOOL);
	}

	@ParameterizedTest(name = "{0} done {1}, today {2}: breach {3}")
	@CsvSource({ "DECISION_TO_ASSESS, , 2026-07-13, false", "DECISION_TO_ASSESS, , 2026-07-14, true",
			"DECISION_TO_ASSESS, 2026-07-13, 2027-01-01, false", "DECISION_TO_ASSESS, 2026-07-14, 2026-07-14, true",
			"FINAL_PLAN, , 2026-10-19, false", "FINAL_PLAN, , 2026-10-20, true" })
	void aStepIsABreachWhenDoneLateOrNotDoneOnceItsDateHasPassed(StepKind kind, LocalDate doneOn, LocalDate today,
			boolean breach) {
		LocalDate received = LocalDate.of(2026, 6, 1);
		Step step = step((kind == StepKind.DECISION_TO_ASSESS) ? timed(received(received)) : issuing(received), kind);
		Step asRecorded = (doneOn != null) ? step.done(doneOn, null) : step;

		assertThat(asRecorded.breach(today)).isEqualTo(breach);
	}

	@Test
	void aDecisionToIssueAfterSixteenWeeksIsNoBreachButANoticeNotToIssueIs() {
		Step issue = step(issuing(LocalDate.of(2026, 6, 1)), StepKind.DECISION_TO_ISSUE);
		LocalDate late = issue.dueDate().plusDays(3);

		assertThat(issue.done(late, StepOutcome.ISSUE).breach(late)).isFalse();
		assertThat(issue.done(late, StepOutcome.NOT_ISSUE).breach(late)).isTrue();
	}

	static Stream<Arguments> startsAndExceptions() {
		SplittableRandom random = new SplittableRandom(838);
		List<Arguments> cases = new ArrayList<>();
		LocalDate first = LocalDate.of(2023, 9, 1);
		for (int day = 0; day < 730; day += 3) {
			LocalDate start = first.plusDays(day);
			List<AssessmentException> exceptions = new ArrayList<>();
			int count = random.nextInt(4);
			for (int i = 0; i < count; i++) {
				LocalDate from = start.plusDays(random.nextInt(-20, 160));
				ExceptionKind kind = ExceptionKind.values()[random.nextInt(ExceptionKind.values().length)];
				exceptions
					.add(new AssessmentException(i + 1, kind, kind.ofAnAdviceGiver() ? StepKind.ADVICE_HEALTH : null,
							from, from.plusDays(random.nextInt(0, 50)), "evidence"));
			}
			cases.add(Arguments.of(start, exceptions));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("startsAndExceptions")
	void theFastClockAgreesWithTheClockCountedADayAtATime(LocalDate start, List<AssessmentException> exceptions) {
		for (StepKind kind : List.of(StepKind.DECISION_TO_ASSESS, StepKind.DECISION_TO_ISSUE, StepKind.FINAL_PLAN,
				StepKind.ADVICE_HEALTH, StepKind.ADVICE_EDUCATION, StepKind.SCHOOL_CONSULTATION)) {
			for (int weeks : new int[] { 6, 16, 20 }) {
				LocalDate fast = StatutoryTimeline.extended(kind, start, start.plusWeeks(weeks), exceptions,
						new ArrayList<>());
				assertThat(fast).as("%s, %d weeks from %s with %s", kind, weeks, start, exceptions)
					.isEqualTo(StatutoryTimelineAsWritten.due(kind, start, weeks * 7, exceptions));
			}
		}
	}

}
