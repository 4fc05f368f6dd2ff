package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.ATTENDANCE_PLAN_REVIEW_OVERDUE;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.CHILD_MISSING_EDUCATION_RISK;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.CONTINUOUS_UNAUTHORISED_ABSENCE;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.PENALTY_NOTICE_TO_CONSIDER;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.PERSISTENT_ABSENCE;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.SEVERE_ABSENCE;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.SEVERE_ABSENCE_WITHOUT_PLAN;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.SICKNESS_RETURN;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.SOCIAL_CARE_PLAN_BELOW_96;
import static uk.gov.dorsetcouncil.edu.attendance.alerts.AlertType.UNRESOLVED_N;

/**
 * The alert rules as of Monday 23 November 2026, on Dorset's calendar (autumn term from
 * Thursday 3 September, half term 26 to 30 October: 53 school days, 106 sessions so far).
 * Each case starts from a pupil present at every session since 3 September.
 */
class AlertRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final SchoolCalendar LA_CALENDAR = new SchoolCalendar(TermDates.dorset(), Set.of());

	/** A school closed on Monday 16 November 2026. */
	private static final SchoolCalendar CLOSED_16_NOVEMBER = new SchoolCalendar(TermDates.dorset(),
			Set.of(LocalDate.of(2026, 11, 16)));

	private static final AlertRules RULES = new AlertRules(AlertSettings.DEFAULTS);

	static Stream<Arguments> cases() {
		return Stream.of(
				// the 10% and 50% crossings
				arguments("present at every session", none(), "2021-09-01", Set.of()),
				arguments("ill 6 days in September: 12 of 106, 11.3%",
						marks((m) -> m.schoolDays("2026-09-07", "2026-09-14", "I", "I")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE)),
				arguments("ill 5 days: 10 of 106, 9.4%",
						marks((m) -> m.schoolDays("2026-09-07", "2026-09-11", "I", "I")), "2021-09-01", Set.of()),
				arguments("ill every day since 1 October: 62% severe, no plan",
						marks((m) -> m.schoolDays("2026-10-01", "2026-11-23", "I", "I")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, SEVERE_ABSENCE, SICKNESS_RETURN, SEVERE_ABSENCE_WITHOUT_PLAN)),
				arguments("admitted mid-year on 16 November, O on its first two days: 4 of 12",
						marks((m) -> m.schoolDays("2026-11-16", "2026-11-17", "O", "O")), "2026-11-16",
						Set.of(PERSISTENT_ABSENCE)),
				arguments("admitted on 20 November, one O: below the minimum of 10 possible sessions",
						marks((m) -> m.day("2026-11-20", "O", "\\")), "2026-11-20", Set.of()),
				arguments("dual registered, D at every session: nothing possible",
						marks((m) -> m.schoolDays("2026-09-03", "2026-11-23", "D", "D")), "2021-09-01", Set.of()),
				// penalty notice threshold: G, O, U in a rolling 10 school weeks
				arguments("9 O sessions in the last 10 school weeks",
						marks((m) -> m.schoolDays("2026-11-16", "2026-11-19", "O", "O").day("2026-11-20", "O", "\\")),
						"2021-09-01", Set.of()),
				arguments("10 sessions of G and U in the last 10 school weeks",
						marks((m) -> m.schoolDays("2026-11-16", "2026-11-19", "G", "G").day("2026-11-20", "U", "U")),
						"2021-09-01", Set.of(PENALTY_NOTICE_TO_CONSIDER)),
				arguments("10 N sessions: N is not counted, but unresolved after 6 school days",
						marks((m) -> m.schoolDays("2026-11-09", "2026-11-13", "N", "N")), "2021-09-01",
						Set.of(UNRESOLVED_N)),
				arguments("an N from last Friday: 1 school day old", marks((m) -> m.day("2026-11-20", "N", "\\")),
						"2021-09-01", Set.of()),
				arguments("an N from Monday 16 November: 5 school days old",
						marks((m) -> m.day("2026-11-16", "N", "\\")), "2021-09-01", Set.of(UNRESOLVED_N)),
				arguments("10 O sessions in the week of 7 September: 11 school weeks ago, half term not counted",
						marks((m) -> m.schoolDays("2026-09-07", "2026-09-11", "O", "O")), "2021-09-01", Set.of()),
				arguments("10 O sessions in the week of 14 September: the 10th school week back",
						marks((m) -> m.schoolDays("2026-09-14", "2026-09-18", "O", "O")), "2021-09-01",
						Set.of(PENALTY_NOTICE_TO_CONSIDER)),
				// continuous and consecutive unauthorised absence
				arguments("O for the last 10 school days",
						marks((m) -> m.schoolDays("2026-11-10", "2026-11-23", "O", "O")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER, CONTINUOUS_UNAUTHORISED_ABSENCE)),
				arguments("O for the last 9 school days",
						marks((m) -> m.schoolDays("2026-11-11", "2026-11-23", "O", "O")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER)),
				arguments("O for 10 school days to Friday, today's register not in yet",
						marks((m) -> m.schoolDays("2026-11-09", "2026-11-20", "O", "O").unmarked("2026-11-23")),
						"2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER, CONTINUOUS_UNAUTHORISED_ABSENCE)),
				arguments("O for 12 school days but present last Wednesday",
						marks((m) -> m.schoolDays("2026-11-06", "2026-11-23", "O", "O").day("2026-11-18", "/", "\\")),
						"2021-09-01", Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER)),
				arguments("O mornings only, present afternoons, for 12 school days",
						marks((m) -> m.schoolDays("2026-11-06", "2026-11-23", "O", "\\")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER)),
				arguments("10 school days of O with a Y4 day (school shut) in the middle",
						marks((m) -> m.schoolDays("2026-11-09", "2026-11-23", "O", "O").day("2026-11-16", "Y4", "Y4")),
						"2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER, CONTINUOUS_UNAUTHORISED_ABSENCE)),
				arguments("20 school days of O across the half term",
						marks((m) -> m.schoolDays("2026-10-20", "2026-11-23", "O", "O")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER, CONTINUOUS_UNAUTHORISED_ABSENCE,
								CHILD_MISSING_EDUCATION_RISK)),
				arguments("19 school days of O", marks((m) -> m.schoolDays("2026-10-21", "2026-11-23", "O", "O")),
						"2021-09-01",
						Set.of(PERSISTENT_ABSENCE, PENALTY_NOTICE_TO_CONSIDER, CONTINUOUS_UNAUTHORISED_ABSENCE)),
				// sickness return at 15 school days, cumulative
				arguments("ill for the last 15 school days",
						marks((m) -> m.schoolDays("2026-11-02", "2026-11-20", "I", "I")), "2021-09-01",
						Set.of(PERSISTENT_ABSENCE, SICKNESS_RETURN)),
				arguments("ill for 14 and a half school days",
						marks((m) -> m.schoolDays("2026-11-02", "2026-11-19", "I", "I").day("2026-11-20", "I", "\\")),
						"2021-09-01", Set.of(PERSISTENT_ABSENCE)),
				arguments("ill 15 school days in three spells of 5",
						marks((m) -> m.schoolDays("2026-09-07", "2026-09-11", "I", "I")
							.schoolDays("2026-10-05", "2026-10-09", "I", "I")
							.schoolDays("2026-11-09", "2026-11-13", "I", "I")),
						"2021-09-01", Set.of(PERSISTENT_ABSENCE, SICKNESS_RETURN)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void alerts(String description, UnaryOperator<Marking> marks, String admission, Set<AlertType> expected) {
		PupilHistory pupil = marks.apply(presentSinceTermStarted(LA_CALENDAR)).history(admission, 5, false);
		assertThat(types(RULES.evaluate(pupil, LA_CALENDAR, TODAY, Optional.empty()))).isEqualTo(expected);
	}

	@Test
	void aClosureIsNotASchoolDaySoTheRunGoesOverIt() {
		PupilHistory pupil = presentSinceTermStarted(CLOSED_16_NOVEMBER)
			.schoolDays("2026-11-09", "2026-11-23", "O", "O")
			.history("2021-09-01", 5, false);
		List<Alert> alerts = RULES.evaluate(pupil, CLOSED_16_NOVEMBER, TODAY, Optional.empty());
		assertThat(types(alerts)).contains(CONTINUOUS_UNAUTHORISED_ABSENCE);
		assertThat(alerts).filteredOn((alert) -> alert.type() == CONTINUOUS_UNAUTHORISED_ABSENCE)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.since()).isEqualTo(LocalDate.of(2026, 11, 9));
				assertThat(alert.reason()).contains("10 continuous school days since 2026-11-09");
			});
	}

	@Test
	void thePenaltyWindowSpansTheSummerHolidayIntoLastYear() {
		LocalDate asOf = LocalDate.of(2026, 9, 18);
		PupilHistory pupil = new Marking(LA_CALENDAR).schoolDays("2026-06-01", "2026-07-22", "/", "\\")
			.schoolDays("2026-09-03", "2026-09-18", "/", "\\")
			.schoolDays("2026-07-20", "2026-07-22", "O", "O")
			.schoolDays("2026-09-03", "2026-09-04", "O", "O")
			.history("2021-09-01", 6, false);
		List<Alert> alerts = RULES.evaluate(pupil, LA_CALENDAR, asOf, Optional.empty());
		assertThat(alerts).filteredOn((alert) -> alert.type() == PENALTY_NOTICE_TO_CONSIDER)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.since()).isEqualTo(LocalDate.of(2026, 6, 8));
				assertThat(alert.reason()).contains("10 unauthorised sessions (O 10)")
					.contains("10 school weeks from 2026-06-08")
					.contains("never automatic");
			});
	}

	@Test
	void persistentAbsenceSaysWhenTheThresholdWasCrossedThisTime() {
		PupilHistory pupil = presentSinceTermStarted(LA_CALENDAR).schoolDays("2026-09-03", "2026-09-04", "I", "I")
			.schoolDays("2026-11-16", "2026-11-23", "I", "I")
			.history("2021-09-01", 5, false);
		Alert alert = RULES.evaluate(pupil, LA_CALENDAR, TODAY, Optional.empty()).get(0);
		assertThat(alert.type()).isEqualTo(PERSISTENT_ABSENCE);
		assertThat(alert.since()).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(alert.reason()).isEqualTo("missed 16 of 106 possible sessions this academic year (15.1%),"
				+ " at or above the 10% persistent absence threshold since 2026-11-18");
	}

	@Test
	void aPupilWithASocialCarePlanIsFlaggedBelow96Percent() {
		PupilHistory ill3Days = presentSinceTermStarted(LA_CALENDAR).schoolDays("2026-11-11", "2026-11-13", "I", "I")
			.history("2021-09-01", 5, true);
		assertThat(types(RULES.evaluate(ill3Days, LA_CALENDAR, TODAY, Optional.empty())))
			.containsExactly(SOCIAL_CARE_PLAN_BELOW_96);
		PupilHistory ill2Days = presentSinceTermStarted(LA_CALENDAR).schoolDays("2026-11-12", "2026-11-13", "I", "I")
			.history("2021-09-01", 5, true);
		assertThat(RULES.evaluate(ill2Days, LA_CALENDAR, TODAY, Optional.empty())).isEmpty();
		PupilHistory withoutPlan = presentSinceTermStarted(LA_CALENDAR).schoolDays("2026-11-11", "2026-11-13", "I", "I")
			.history("2021-09-01", 5, false);
		assertThat(RULES.evaluate(withoutPlan, LA_CALENDAR, TODAY, Optional.empty())).isEmpty();
	}

	@Test
	void aSeverelyAbsentPupilsPlanIsCheckedForItsReviewDate() {
		PupilHistory pupil = presentSinceTermStarted(LA_CALENDAR).schoolDays("2026-10-01", "2026-11-23", "O", "O")
			.history("2021-09-01", 9, false);
		assertThat(types(RULES.evaluate(pupil, LA_CALENDAR, TODAY, Optional.of(plan("2026-11-23")))))
			.doesNotContain(SEVERE_ABSENCE_WITHOUT_PLAN, ATTENDANCE_PLAN_REVIEW_OVERDUE)
			.contains(SEVERE_ABSENCE);
		assertThat(RULES.evaluate(pupil, LA_CALENDAR, TODAY, Optional.of(plan("2026-11-20"))))
			.filteredOn((alert) -> alert.type() == ATTENDANCE_PLAN_REVIEW_OVERDUE)
			.singleElement()
			.satisfies((alert) -> assertThat(alert.reason()).contains("owned by Inclusion officer")
				.contains("due for review on 2026-11-20"));
	}

	private static AttendancePlan plan(String reviewDate) {
		return new AttendancePlan(Marking.URN, Marking.UPN, "Inclusion officer",
				List.of(new AttendancePlan.Action("Family meeting", "School", null, false)),
				LocalDate.parse(reviewDate), "officer", Instant.parse("2026-11-01T10:00:00Z"), 1);
	}

	private static Marking presentSinceTermStarted(SchoolCalendar calendar) {
		return new Marking(calendar).schoolDays("2026-09-03", "2026-11-23", "/", "\\");
	}

	private static Set<AlertType> types(List<Alert> alerts) {
		return alerts.stream().map(Alert::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertType.class)));
	}

	private static UnaryOperator<Marking> none() {
		return UnaryOperator.identity();
	}

	private static UnaryOperator<Marking> marks(UnaryOperator<Marking> change) {
		return change;
	}

}
