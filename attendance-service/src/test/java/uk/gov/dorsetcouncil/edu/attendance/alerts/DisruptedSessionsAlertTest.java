package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.disruption.DisruptedSession;
import uk.gov.dorsetcouncil.edu.attendance.disruption.ExpectedMarks;
import uk.gov.dorsetcouncil.edu.attendance.disruption.SchoolDisruptions;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions a travel disruption took transport from are read as Y1 and counted against no
 * family (ADR 0038): the alert rules as of Monday 23 November 2026 on Dorset's calendar,
 * a pupil present at every session since 3 September, then absences, then disruptions.
 */
class DisruptedSessionsAlertTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final SchoolCalendar CALENDAR = new SchoolCalendar(TermDates.dorset(), Set.of());

	static final AlertRules RULES = new AlertRules(AlertSettings.DEFAULTS);

	@ParameterizedTest(name = "{0}, {1} to {2} {3}, disrupted {4} to {5} {6}: {7}")
	@CsvSource(nullValues = "-",
			textBlock = """
					# marks,  from,       to,         am/pm, disrupted from, to, sessions, alerts
					O,        2026-11-10, 2026-11-23, O O,   -,          -,          -,    CONTINUOUS_UNAUTHORISED_ABSENCE PENALTY_NOTICE_TO_CONSIDER PERSISTENT_ABSENCE
					O,        2026-11-10, 2026-11-23, O O,   2026-11-10, 2026-11-23, AM PM, -
					O,        2026-11-10, 2026-11-23, O O,   2026-11-17, 2026-11-23, AM PM, PENALTY_NOTICE_TO_CONSIDER PERSISTENT_ABSENCE
					O,        2026-11-10, 2026-11-23, O O,   2026-11-10, 2026-11-23, AM,   CONTINUOUS_UNAUTHORISED_ABSENCE PENALTY_NOTICE_TO_CONSIDER PERSISTENT_ABSENCE
					G/U,      2026-11-16, 2026-11-20, G U,   -,          -,          -,    PENALTY_NOTICE_TO_CONSIDER
					G/U,      2026-11-16, 2026-11-20, G U,   2026-11-20, 2026-11-20, AM PM, -
					I,        2026-11-02, 2026-11-20, I I,   -,          -,          -,    PERSISTENT_ABSENCE SICKNESS_RETURN
					I,        2026-11-02, 2026-11-20, I I,   2026-11-02, 2026-11-20, AM PM, -
					present,  2026-11-10, 2026-11-23, / \\, 2026-11-10, 2026-11-23, AM PM, -
					""")
	void disruptedSessionsAreNotCountedAgainstTheFamily(String label, LocalDate from, LocalDate to, String codes,
			LocalDate disruptedFrom, LocalDate disruptedTo, String sessions, String alerts) {
		String[] amPm = codes.split(" ");
		PupilHistory pupil = new Marking(CALENDAR).schoolDays("2026-09-03", "2026-11-23", "/", "\\")
			.schoolDays(from.toString(), to.toString(), amPm[0], amPm[1])
			.history("2021-09-01", 5, false);
		List<DisruptedSession> disrupted = new ArrayList<>();
		if (disruptedFrom != null) {
			for (LocalDate day = disruptedFrom; !day.isAfter(disruptedTo); day = day.plusDays(1)) {
				for (String session : sessions.split(" ")) {
					disrupted.add(new DisruptedSession(Marking.URN, Marking.UPN, day, Session.valueOf(session), "D-1",
							"WEATHER"));
				}
			}
		}
		PupilHistory read = SchoolAlerts.excused(pupil, SchoolDisruptions.of(disrupted));
		Set<String> found = new TreeSet<>();
		RULES.evaluate(read, CALENDAR, TODAY, Optional.empty()).forEach(a -> found.add(a.type().name()));
		assertThat(String.join(" ", found)).isEqualTo((alerts != null) ? alerts : "");
	}

	@ParameterizedTest(name = "{0} in a disrupted session is read as {1}")
	@CsvSource(nullValues = "-", textBlock = """
			-,  Y1
			O,  Y1
			N,  Y1
			G,  Y1
			U,  Y1
			I,  Y1
			M,  Y1
			/,  /
			L,  L
			B,  B
			Y2, Y2
			Y4, Y4
			X,  X
			D,  D
			""")
	void theExpectedMarkIsY1UnlessThePupilCameOrTheSchoolRecordedAnotherReason(String recorded, String read) {
		AttendanceCode code = (recorded != null) ? AttendanceCode.fromSymbol(recorded) : null;
		assertThat(ExpectedMarks.excused(code) ? ExpectedMarks.EXPECTED.symbol() : code.symbol()).isEqualTo(read);
	}

	@Test
	void aSessionOutsideTheYearHeldIsLeftAlone() {
		PupilHistory pupil = new Marking(CALENDAR).schoolDays("2026-09-03", "2026-11-23", "O", "O")
			.history("2021-09-01", 5, false);
		var marks = pupil.marks().get(AcademicYear.of(TODAY));
		assertThat(ExpectedMarks.asRead(marks, List.of(new DisruptedSession(Marking.URN, Marking.UPN,
				LocalDate.of(2025, 11, 3), Session.AM, "D-0", "WEATHER"))))
			.isSameAs(marks);
	}

}
