package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * School days: weekdays in term, less breaks, bank holidays and the school's closures.
 */
class SchoolCalendarTest {

	private static final TermDates DORSET = TermDates.dorset();

	/** An INSET day and a closure at one school in autumn 2026. */
	private static final SchoolCalendar SCHOOL = new SchoolCalendar(DORSET,
			Set.of(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 27)));

	@ParameterizedTest(name = "{0} {1}: school day {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-09-02 | Wednesday before term                | false
			2026-09-03 | first day of the autumn term         | true
			2026-09-05 | Saturday in term                     | false
			2026-09-06 | Sunday in term                       | false
			2026-09-07 | Monday in term                       | true
			2026-10-22 | Thursday before the INSET day        | true
			2026-10-23 | the school's INSET day               | false
			2026-10-26 | first day of half term               | false
			2026-10-30 | last day of half term                | false
			2026-11-02 | first day back after half term       | true
			2026-11-23 | an ordinary Monday                   | true
			2026-11-27 | the school's closure                 | false
			2026-12-18 | last day of the autumn term          | true
			2026-12-21 | Christmas holidays                   | false
			2027-01-04 | first day of the spring term         | true
			2027-02-15 | spring half term                     | false
			2027-03-25 | last day of the spring term          | true
			2027-03-26 | Good Friday, Easter holidays         | false
			2027-04-12 | first day of the summer term         | true
			2027-05-03 | early May bank holiday in term       | false
			2027-06-04 | last day of summer half term         | false
			2027-07-21 | last day of the summer term          | true
			2027-07-22 | summer holidays                      | false
			2025-09-03 | first day of the 2025/26 autumn term | true
			2026-05-04 | early May bank holiday 2026          | false
			""")
	void schoolDays(LocalDate date, String description, boolean schoolDay) {
		assertThat(SCHOOL.isSchoolDay(date)).isEqualTo(schoolDay);
	}

	@Test
	void anotherSchoolsClosureIsNotThisSchoolsClosure() {
		assertThat(new SchoolCalendar(DORSET, Set.of()).isSchoolDay(LocalDate.of(2026, 10, 23))).isTrue();
	}

	@ParameterizedTest(name = "{2} school days after {0} ({1}) is {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-20 | a Friday                       | 0  | 2026-11-20
			2026-11-20 | a Friday                       | 1  | 2026-11-23
			2026-11-16 | a Monday                       | 5  | 2026-11-23
			2026-11-23 | over the school's closure      | 4  | 2026-11-30
			2026-10-21 | over the INSET day, half term  | 2  | 2026-11-02
			2026-12-17 | over Christmas                 | 2  | 2027-01-04
			2026-09-01 | before term starts             | 1  | 2026-09-03
			2027-03-24 | over Easter                    | 2  | 2027-04-12
			2026-11-23 | the 15 school days of a review | 15 | 2026-12-15
			""")
	void schoolDaysAfter(LocalDate from, String description, int n, LocalDate expected) {
		assertThat(SCHOOL.schoolDaysAfter(from, n)).isEqualTo(expected);
	}

	@Test
	void schoolDaysCannotBeCountedPastTheTermDatesHeld() {
		assertThatIllegalStateException().isThrownBy(() -> SCHOOL.schoolDaysAfter(LocalDate.of(2027, 7, 20), 5))
			.withMessageContaining("2027/28");
		assertThat(SCHOOL.covers(LocalDate.of(2027, 8, 1))).isFalse();
	}

	@Test
	void theReferenceFileHoldsTwoYears() {
		assertThat(DORSET.years()).containsExactly(new AcademicYear(2025), new AcademicYear(2026));
	}

	@ParameterizedTest(name = "{0} has {1} term-time weekdays")
	@CsvSource({ "2025, 195", "2026, 193" })
	void termTimeWeekdaysPerYear(int startYear, int expected) {
		SchoolCalendar laCalendar = new SchoolCalendar(DORSET, Set.of());
		AcademicYear year = new AcademicYear(startYear);
		int days = 0;
		for (LocalDate day = year.firstDay(); !day.isAfter(year.lastDay()); day = day.plusDays(1)) {
			if (laCalendar.isSchoolDay(day)) {
				days++;
			}
		}
		assertThat(days).isEqualTo(expected);
	}

	@Test
	void malformedTermDatesSayWhichLine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TermDates.parse(new StringReader("# header\n2026/27,TERM,Autumn,2026-09-03\n")))
			.withMessageContaining("line 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TermDates.parse(new StringReader("2026/27,TERM,Autumn,2026-09-03,2027-09-01\n")))
			.withMessageContaining("not inside academic year 2026/27");
	}

}
