package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Counting school days in a range, the inverse of {@link SchoolCalendar#schoolDaysAfter}:
 * weekends, half terms, bank holidays, INSET days and closures, across terms and years.
 */
class SchoolDaysBetweenTest {

	/** INSET on Friday 23 October 2026, a closure on Friday 27 November 2026. */
	private static final SchoolCalendar SCHOOL = new SchoolCalendar(TermDates.dorset(),
			Set.of(LocalDate.of(2026, 10, 23), LocalDate.of(2026, 11, 27)));

	@ParameterizedTest(name = "{2}: {0} to {1} is {3} school days")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-23 | 2026-11-23 | the same day                           | 0
			2026-11-20 | 2026-11-23 | Friday to Monday, over a weekend       | 1
			2026-11-21 | 2026-11-22 | Saturday to Sunday                     | 0
			2026-11-16 | 2026-11-20 | Monday to Friday                       | 4
			2026-11-23 | 2026-11-30 | over the school's closure              | 4
			2026-10-21 | 2026-11-02 | over the INSET day and half term       | 2
			2026-12-17 | 2027-01-04 | over Christmas, autumn to spring term  | 2
			2027-03-24 | 2027-04-12 | over Easter                            | 2
			2027-04-30 | 2027-05-04 | over the May bank holiday              | 1
			2026-07-21 | 2026-09-03 | across academic years, 2025/26 to 26/27 | 2
			2026-09-02 | 2026-12-18 | the whole autumn term 2026             | 70
			""")
	void schoolDaysBetween(LocalDate from, LocalDate to, String description, int expected) {
		assertThat(SCHOOL.schoolDaysBetween(from, to)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{1} school days after {0} and back")
	@CsvSource({ "2026-09-01, 1", "2026-10-21, 2", "2026-11-23, 15", "2026-12-10, 20", "2027-05-27, 6",
			"2026-07-20, 10" })
	void countingBetweenUndoesCountingAfter(LocalDate from, int n) {
		assertThat(SCHOOL.schoolDaysBetween(from, SCHOOL.schoolDaysAfter(from, n))).isEqualTo(n);
	}

	@org.junit.jupiter.api.Test
	void aBackwardRangeOrOneBeyondTheTermDatesHeldIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SCHOOL.schoolDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 20)));
		assertThatIllegalStateException()
			.isThrownBy(() -> SCHOOL.schoolDaysBetween(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 9, 10)))
			.withMessageContaining("2027/28");
	}

}
