package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;
import uk.gov.dorsetcouncil.edu.attendance.support.TestUpns;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period's counts from the weekly counters and the cut weeks' days agree with counting
 * every session of the window one by one, for windows starting and ending on every kind
 * of day and enrolments on roll for part of the year.
 */
class YearTallyWindowTest {

	private static final AcademicYear YEAR = new AcademicYear(2025);

	private static final String[] CODES = { "/", "\\", "L", "B", "I", "M", "O", "G", "U", "N", "D", "X", "Y1", "C", "E",
			"P", "V", "Q" };

	@ParameterizedTest(name = "on roll {0} to {1}, window {2} to {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-08-01 | 2026-07-31 | 2025-08-01 | 2026-07-31
			2025-08-01 | 2026-07-31 | 2025-09-03 | 2025-12-19
			2025-08-01 | 2026-07-31 | 2026-01-05 | 2026-03-27
			2025-08-01 | 2026-07-31 | 2026-04-13 | 2026-07-22
			2025-08-01 | 2026-07-31 | 2025-10-01 | 2025-10-31
			2025-08-01 | 2026-07-31 | 2025-10-08 | 2025-10-09
			2025-08-01 | 2026-07-31 | 2025-10-06 | 2025-10-12
			2025-08-01 | 2026-07-31 | 2025-10-05 | 2025-10-13
			2025-08-01 | 2026-07-31 | 2025-11-14 | 2025-11-14
			2025-08-01 | 2026-07-31 | 2026-07-27 | 2026-07-31
			2025-11-12 | 2026-02-03 | 2025-09-03 | 2025-12-19
			2025-11-12 | 2026-02-03 | 2026-01-05 | 2026-03-27
			2025-11-12 | 2026-02-03 | 2026-04-13 | 2026-07-22
			2024-09-01 | 2025-10-15 | 2025-10-01 | 2025-10-31
			""")
	void aWindowCountsExactlyItsOwnSessions(LocalDate admitted, LocalDate left, LocalDate from, LocalDate to) {
		YearMarks marks = randomYear(new Random(from.toEpochDay() * 31 + admitted.toEpochDay()));
		DateRange onRoll = new DateRange(admitted, left);
		YearTally tally = YearTally.of(marks, onRoll);

		SessionCounts expected = overlap(onRoll, from, to) ? SessionCounts.count(marks, overlapOf(onRoll, from, to))
				: SessionCounts.NONE;
		SessionCounts counted = tally.countsWithin(from, to);

		assertThat(counted.possible()).isEqualTo(expected.possible());
		assertThat(counted.authorised()).isEqualTo(expected.authorised());
		assertThat(counted.unauthorised()).isEqualTo(expected.unauthorised());
		assertThat(counted.present()).isEqualTo(expected.present() + expected.approvedEducationalActivity());

		long[] weekly = new long[3 * Weeks.count(YEAR)];
		tally.addWeeklyWithin(from, to, weekly);
		long possible = 0;
		for (int week = 0; week < weekly.length / 3; week++) {
			possible += weekly[3 * week];
		}
		assertThat(possible).isEqualTo(expected.possible());
	}

	@ParameterizedTest(name = "window {0} to {1}, after {2} -> {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			2025-09-01 | 2025-09-30 | -          | 2025-09-30
			2025-09-01 | 2025-09-28 | -          | 2025-09-26
			2025-09-01 | 2025-09-28 | 2025-09-26 | -
			2025-09-01 | 2025-09-28 | 2025-09-20 | 2025-09-26
			2025-08-01 | 2025-08-31 | -          | -
			""")
	void lastMarkedWithinAWindow(LocalDate from, LocalDate to, LocalDate after, LocalDate expected) {
		SchoolCalendar calendar = new SchoolCalendar(TermDates.dorset(), java.util.Set.of());
		YearMarks marks = YearMarks.empty("113001", new Upn(TestUpns.upn(1)), YEAR);
		for (LocalDate day = YEAR.firstDay(); !day.isAfter(YEAR.lastDay()); day = day.plusDays(1)) {
			if (calendar.isSchoolDay(day)) {
				marks = marks.with(day, uk.gov.dorsetcouncil.edu.attendance.register.Session.AM,
						AttendanceCode.PRESENT_AM);
			}
		}
		YearTally tally = YearTally.of(marks, new DateRange(YEAR.firstDay(), YEAR.lastDay()));
		assertThat(tally.lastMarkedWithin(from, to, after)).isEqualTo(expected);
	}

	private static boolean overlap(DateRange onRoll, LocalDate from, LocalDate to) {
		return !onRoll.from().isAfter(to) && !onRoll.to().isBefore(from);
	}

	private static DateRange overlapOf(DateRange onRoll, LocalDate from, LocalDate to) {
		return new DateRange(onRoll.from().isAfter(from) ? onRoll.from() : from,
				onRoll.to().isBefore(to) ? onRoll.to() : to);
	}

	/** Any code, or none, on every day of the year, weekends included. */
	private static YearMarks randomYear(Random random) {
		StringBuilder sessions = new StringBuilder();
		for (int s = 0; s < 2 * YEAR.lengthInDays(); s++) {
			int pick = random.nextInt(CODES.length + 3);
			sessions
				.append((pick >= CODES.length) ? YearMarks.NO_MARK : AttendanceCode.fromSymbol(CODES[pick]).storage());
		}
		return new YearMarks("113001", new Upn(TestUpns.upn(1)), YEAR, sessions.toString(), 1);
	}

}
