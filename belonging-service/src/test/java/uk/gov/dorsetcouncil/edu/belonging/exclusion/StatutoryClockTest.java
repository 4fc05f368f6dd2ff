package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions.CALENDAR;
import static uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions.PLAIN;
import static uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions.WITH_INSET;

/**
 * The statutory clock on Dorset's calendar: the dates in these tables were counted by
 * hand on the published term dates (2025/26 and 2026/27), and the fast clock is checked
 * against the one counted a day at a time for every start in both years.
 */
class StatutoryClockTest {

	final StatutoryClock clock = new StatutoryClock(CALENDAR);

	final StatutoryClockAsWritten asWritten = new StatutoryClockAsWritten(CALENDAR);

	@ParameterizedTest(name = "permanent exclusion from {0} at {1}: sixth school day {2}")
	@CsvSource(textBlock = """
			# a Monday: the next Monday
			2026-09-14, 990126, 2026-09-21
			# a Wednesday: over the weekend to the Wednesday
			2026-09-16, 990126, 2026-09-23
			# the autumn half term (26-30 October) is not counted
			2026-10-21, 990126, 2026-11-04
			# nor the school's INSET day on the Monday after it
			2026-10-21, 990027, 2026-11-05
			# the end of the autumn term: the Christmas holiday is not counted
			2026-12-14, 990126, 2027-01-04
			# and the school's INSET day on the first day of the spring term
			2026-12-14, 990027, 2027-01-05
			# the summer holiday: the sixth day is in the next academic year
			2026-07-16, 990126, 2026-09-03
			# at a school whose autumn term starts with two INSET days
			2026-07-16, 990027, 2026-09-07
			# the early May bank holiday (3 May 2027)
			2027-04-28, 990126, 2027-05-06
			# the spring half term (15-19 February 2027)
			2027-02-10, 990126, 2027-02-24
			""")
	void sixthDayProvisionAfterAPermanentExclusionIsTheLocalAuthoritys(String start, String urn, String sixth) {
		Step provision = step(this.clock.steps(Exclusions.permanent(urn, start), 0), StepKind.SIXTH_DAY_PROVISION);

		assertThat(provision.dueDate()).isEqualTo(sixth);
		assertThat(provision.actor()).isEqualTo(StepKind.Actor.LOCAL_AUTHORITY);
	}

	@ParameterizedTest(name = "{0} sessions: sixth-day provision {1}")
	@CsvSource(textBlock = """
			# five school days: no sixth day
			10, false
			# five and a half: the afternoon of the sixth day needs provision
			11, true
			12, true
			""")
	void sixthDayProvisionForASuspensionOverFiveSchoolDaysIsTheSchools(int sessions, boolean provision) {
		Exclusion suspension = Exclusions.suspension(PLAIN, "2026-09-16", SuspensionLength.ofSessions(sessions));

		List<Step> steps = this.clock.steps(suspension, sessions);

		assertThat(steps.stream().filter(s -> s.kind() == StepKind.SIXTH_DAY_PROVISION)).hasSize(provision ? 1 : 0)
			.allSatisfy(step -> {
				assertThat(step.dueDate()).isEqualTo("2026-09-23");
				assertThat(step.actor()).isEqualTo(StepKind.Actor.SCHOOL);
			});
	}

	@Test
	void lunchtimesCountAsHalfDaysButNeedNoSixthDayProvision() {
		// 11 lunchtimes: five and a half school days in the term, so the board and the
		// LA are told, but the pupil is taught the rest of each day.
		Exclusion lunchtimes = Exclusions.suspension(PLAIN, "2026-09-16", SuspensionLength.ofLunchtimes(11));

		List<StepKind> kinds = this.clock.steps(lunchtimes, 11).stream().map(Step::kind).toList();

		assertThat(kinds).containsExactly(StepKind.PARENT_NOTICE, StepKind.GOVERNING_BOARD_NOTICE,
				StepKind.LOCAL_AUTHORITY_NOTICE);
	}

	@ParameterizedTest(name = "{0} half days this term (this one {1}), parent asked {2}: {3}")
	@CsvSource(textBlock = """
			# five school days or fewer: the parent only, the board considers representations
			10, 10, false, PARENT_NOTICE
			10, 10, true, PARENT_NOTICE
			# over five in the term (with earlier suspensions): the board and the LA are told
			11, 2, false, PARENT_NOTICE GOVERNING_BOARD_NOTICE LOCAL_AUTHORITY_NOTICE
			# and at the parent's request the board meets within 50 school days
			11, 2, true, PARENT_NOTICE GOVERNING_BOARD_NOTICE LOCAL_AUTHORITY_NOTICE GOVERNING_BOARD_MEETING
			30, 10, false, PARENT_NOTICE GOVERNING_BOARD_NOTICE LOCAL_AUTHORITY_NOTICE
			# over fifteen: the board must meet within 15
			31, 10, false, PARENT_NOTICE GOVERNING_BOARD_NOTICE LOCAL_AUTHORITY_NOTICE GOVERNING_BOARD_MEETING
			""")
	void theGoverningBoardsPartFollowsTheDaysInTheTerm(int termHalfDays, int sessions, boolean asked, String expected) {
		Exclusion suspension = Exclusions.suspension(PLAIN, "2026-09-14", SuspensionLength.ofSessions(sessions));
		if (asked) {
			suspension = suspension.withMeetingRequestedOn(LocalDate.parse("2026-09-15"));
		}

		List<String> kinds = this.clock.steps(suspension, termHalfDays).stream().map(s -> s.kind().name()).toList();

		assertThat(kinds).containsExactly(expected.split(" "));
	}

	@ParameterizedTest(name = "{0} half days, asked {1}: meeting by {2}")
	@CsvSource(textBlock = """
			# over fifteen days: 15 school days from the notice (the start), over the weekends
			31, false, 2026-10-05
			# on request: 50 school days, over the autumn half term
			11, true, 2026-11-30
			""")
	void theBoardMeetsWithinFifteenOrFiftySchoolDays(int termHalfDays, boolean asked, String due) {
		Exclusion suspension = Exclusions.suspension(PLAIN, "2026-09-14", SuspensionLength.ofSessions(2));
		if (asked) {
			suspension = suspension.withMeetingRequestedOn(LocalDate.parse("2026-09-15"));
		}

		assertThat(step(this.clock.steps(suspension, termHalfDays), StepKind.GOVERNING_BOARD_MEETING).dueDate())
			.isEqualTo(due);
	}

	@Test
	void theBoardsFifteenDaysRunFromItsNoticeWhenGiven() {
		Exclusion excluded = Exclusions.done(Exclusions.permanent(PLAIN, "2026-10-19"), StepKind.GOVERNING_BOARD_NOTICE,
				"2026-10-21", null);

		// From Wednesday 21 October: 22, 23, half term, 2-6, 9-13, 16-18 November.
		assertThat(step(this.clock.steps(excluded, 0), StepKind.GOVERNING_BOARD_MEETING).dueDate())
			.isEqualTo("2026-11-18");
	}

	@Test
	void theIndependentReviewTimelineFollowsTheBoardsDecision() {
		Exclusion excluded = Exclusions.permanent(PLAIN, "2026-09-14");
		assertThat(kinds(this.clock.steps(excluded, 0))).doesNotContain(StepKind.REVIEW_APPLICATION);

		excluded = Exclusions.done(excluded, StepKind.GOVERNING_BOARD_MEETING, "2026-10-01", StepOutcome.UPHELD);
		// 15 school days to apply: 2 October, 5-9, 12-16, 19-22 October.
		assertThat(step(this.clock.steps(excluded, 0), StepKind.REVIEW_APPLICATION).dueDate()).isEqualTo("2026-10-22");

		excluded = Exclusions.done(excluded, StepKind.REVIEW_APPLICATION, "2026-10-20", null);
		// The panel within 15 school days of the application, over the half term.
		assertThat(step(this.clock.steps(excluded, 0), StepKind.REVIEW_PANEL).dueDate()).isEqualTo("2026-11-17");
		assertThat(kinds(this.clock.steps(excluded, 0))).doesNotContain(StepKind.RECONSIDERATION);

		excluded = Exclusions.done(excluded, StepKind.REVIEW_PANEL, "2026-11-16", StepOutcome.QUASHED);
		// The board reconsiders within 10 school days of the panel's decision.
		assertThat(step(this.clock.steps(excluded, 0), StepKind.RECONSIDERATION).dueDate()).isEqualTo("2026-11-30");
	}

	@ParameterizedTest
	@CsvSource({ "REINSTATED", "UPHELD" })
	void aPanelThatUpholdsOrABoardThatReinstatesEndsTheTimeline(StepOutcome meeting) {
		Exclusion excluded = Exclusions.done(Exclusions.permanent(PLAIN, "2026-09-14"),
				StepKind.GOVERNING_BOARD_MEETING, "2026-10-01", meeting);
		if (meeting == StepOutcome.UPHELD) {
			excluded = Exclusions.done(excluded, StepKind.REVIEW_APPLICATION, "2026-10-05", null);
			excluded = Exclusions.done(excluded, StepKind.REVIEW_PANEL, "2026-10-12", StepOutcome.PANEL_UPHELD);
		}
		List<StepKind> kinds = kinds(this.clock.steps(excluded, 0));

		assertThat(kinds).doesNotContain(StepKind.RECONSIDERATION);
		assertThat(kinds.contains(StepKind.REVIEW_APPLICATION)).isEqualTo(meeting == StepOutcome.UPHELD);
		assertThat(excluded.reinstatedOn().isPresent()).isEqualTo(meeting == StepOutcome.REINSTATED);
	}

	@ParameterizedTest(name = "notices to the virtual school head {0}, the social worker {1}")
	@CsvSource({ "true, false", "false, true", "true, true", "false, false" })
	void theVirtualSchoolHeadAndTheSocialWorkerAreToldWithoutDelay(boolean lookedAfter, boolean socialWorker) {
		Exclusion base = Exclusions.suspension(PLAIN, "2026-09-14", SuspensionLength.ofSessions(1));
		Exclusion suspension = new Exclusion(base.id(), base.upn(), base.schoolUrn(), base.type(), base.startDate(),
				base.length(), base.reasons(), base.decidedBy(), lookedAfter, socialWorker, false, null, List.of(),
				base.recordedBy(), base.recordedAt());

		List<Step> steps = this.clock.steps(suspension, 1);

		assertThat(steps.stream().anyMatch(s -> s.kind() == StepKind.VIRTUAL_SCHOOL_HEAD_NOTICE))
			.isEqualTo(lookedAfter);
		assertThat(steps.stream().anyMatch(s -> s.kind() == StepKind.SOCIAL_WORKER_NOTICE)).isEqualTo(socialWorker);
		assertThat(steps).allSatisfy(step -> assertThat(step.dueDate()).isEqualTo("2026-09-14"));
	}

	@ParameterizedTest(name = "due {0}, done {1}, today {2}: breach {3}")
	@CsvSource(textBlock = """
			2026-09-21, , 2026-09-21, false
			2026-09-21, , 2026-09-22, true
			2026-09-21, 2026-09-21, 2026-12-01, false
			2026-09-21, 2026-09-22, 2026-09-22, true
			""")
	void aDutyIsBreachedWhenDoneLateOrNotDoneByItsDate(LocalDate due, LocalDate done, LocalDate today, boolean breach) {
		assertThat(new Step(StepKind.SIXTH_DAY_PROVISION, StepKind.Actor.SCHOOL, due, done, null).breach(today))
			.isEqualTo(breach);
		// The parent's window to apply for a review lapses; it is nobody's breach.
		assertThat(new Step(StepKind.REVIEW_APPLICATION, StepKind.Actor.PARENT, due, done, null).breach(today))
			.isFalse();
	}

	static Stream<Arguments> everyStart() {
		List<Arguments> cases = new ArrayList<>();
		for (LocalDate day = LocalDate.parse("2025-09-03"); day
			.isBefore(LocalDate.parse("2027-04-01")); day = day.plusDays(1)) {
			for (String urn : List.of(PLAIN, WITH_INSET)) {
				if (CALENDAR.notASchoolDay(urn, day).isEmpty()) {
					cases.add(Arguments.of(urn, day));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyStart")
	void theFastClockAgreesWithTheClockAsWrittenForEveryStart(String urn, LocalDate start) {
		LocalDate later = CALENDAR.after(urn, start, 3);
		List<Exclusion> shapes = new ArrayList<>();
		Exclusion permanent = Exclusions.permanent(urn, start.toString());
		shapes.add(permanent);
		Exclusion upheld = Exclusions.done(
				Exclusions.done(permanent, StepKind.GOVERNING_BOARD_NOTICE, start.toString(), null),
				StepKind.GOVERNING_BOARD_MEETING, later.toString(), StepOutcome.UPHELD);
		shapes.add(upheld);
		Exclusion applied = Exclusions.done(upheld, StepKind.REVIEW_APPLICATION, later.toString(), null);
		shapes.add(Exclusions.done(applied, StepKind.REVIEW_PANEL, later.toString(),
				StepOutcome.RECONSIDERATION_RECOMMENDED));
		shapes.add(Exclusions.suspension(urn, start.toString(), SuspensionLength.ofSessions(12))
			.withMeetingRequestedOn(start));
		shapes.add(Exclusions.suspension(urn, start.toString(), SuspensionLength.ofLunchtimes(12)));
		for (Exclusion exclusion : shapes) {
			for (int termHalfDays : new int[] { 10, 11, 30, 31 }) {
				assertThat(this.clock.steps(exclusion, termHalfDays))
					.as("%s with %d half days this term", exclusion, termHalfDays)
					.isEqualTo(this.asWritten.steps(exclusion, termHalfDays));
			}
		}
	}

	private static Step step(List<Step> steps, StepKind kind) {
		return steps.stream().filter(step -> step.kind() == kind).findFirst().orElseThrow();
	}

	private static List<StepKind> kinds(List<Step> steps) {
		return steps.stream().map(Step::kind).toList();
	}

}
