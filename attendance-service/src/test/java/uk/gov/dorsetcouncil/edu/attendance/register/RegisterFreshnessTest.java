package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a school's registers are stale, on Dorset's term dates (autumn 2026: 3 September
 * to 18 December, half term 26-30 October; spring 2027 from 4 January) and the school's
 * own closures: school days missed since the last register, up to yesterday; stale past
 * one.
 */
class RegisterFreshnessTest {

	private static final TermDates DORSET = TermDates.dorset();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					# case                                                     | today      | last register | closed     | missed | stale
					Monday, Friday's registers in: the weekend is no gap       | 2026-11-23 | 2026-11-20    | -          | 0      | false
					Monday, Thursday's last: one day late is allowed           | 2026-11-23 | 2026-11-19    | -          | 1      | false
					Monday, Wednesday's last: two school days missed           | 2026-11-23 | 2026-11-18    | -          | 2      | true
					Monday, Thursday's last, INSET on Friday: nothing missed   | 2026-11-23 | 2026-11-19    | 2026-11-20 | 0      | false
					Monday, today's registers already in                       | 2026-11-23 | 2026-11-23    | -          | 0      | false
					Monday, a register dated ahead                             | 2026-11-23 | 2026-11-24    | -          | 0      | false
					Wednesday, Monday's last                                   | 2026-11-25 | 2026-11-23    | -          | 1      | false
					Saturday, Wednesday's last                                 | 2026-11-28 | 2026-11-25    | -          | 2      | true
					back from half term, the Friday before it                  | 2026-11-02 | 2026-10-23    | -          | 0      | false
					Wednesday after half term, the Friday before it            | 2026-11-04 | 2026-10-23    | -          | 2      | true
					7 December, marks up to 20 November (issue 12)             | 2026-12-07 | 2026-11-20    | -          | 10     | true
					first day of spring term, the last day of autumn           | 2027-01-04 | 2026-12-18    | -          | 0      | false
					second day of spring term, the last day of autumn          | 2027-01-05 | 2026-12-18    | -          | 1      | false
					no term dates held: weekdays count                         | 2027-09-08 | 2027-09-03    | -          | 2      | true
					""")
	void aSchoolIsStaleWhenItMissedMoreThanOneOfItsSchoolDays(String description, LocalDate today,
			LocalDate lastRegister, LocalDate closed, int missed, boolean stale) {
		SchoolCalendar calendar = new SchoolCalendar(DORSET, (closed != null) ? Set.of(closed) : Set.of());
		assertThat(RegisterFreshness.missedSchoolDays(calendar, lastRegister, today)).isEqualTo(missed);
		assertThat(RegisterFreshness.stale(calendar, lastRegister, today)).isEqualTo(stale);
	}

	@org.junit.jupiter.api.Test
	void aRegisterYearsAgoIsCountedForAYearAtMostAndIsStale() {
		SchoolCalendar calendar = new SchoolCalendar(DORSET, Set.of());
		LocalDate today = LocalDate.of(2026, 11, 23);
		assertThat(RegisterFreshness.missedSchoolDays(calendar, LocalDate.of(2019, 1, 1), today))
			.isEqualTo(calendar.schoolDaysBetween(today.minusDays(RegisterFreshness.MOST_DAYS_COUNTED),
					today.minusDays(1)))
			.isGreaterThan(150);
		assertThat(RegisterFreshness.stale(calendar, LocalDate.of(2019, 1, 1), today)).isTrue();
	}

	@ParameterizedTest(name = "never a register, {0}")
	@CsvSource({ "2026-11-23", "2026-11-28" })
	void aSchoolThatNeverSentARegisterIsStale(LocalDate today) {
		assertThat(RegisterFreshness.stale(new SchoolCalendar(DORSET, Set.of()), null, today)).isTrue();
	}

}
