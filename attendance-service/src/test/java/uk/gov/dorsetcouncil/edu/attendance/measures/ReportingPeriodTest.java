package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which days a request's period covers and how it is labelled, today being Monday 23
 * November 2026 (autumn term 2026/27, Dorset's term dates).
 */
class ReportingPeriodTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final TermDates DORSET = TermDates.dorset();

	@ParameterizedTest(name = "year={0} term={1} from={2} to={3} -> {6}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			-       | -      | -          | -          | 2026-08-01 | 2026-11-23 | academic year to date
			2025/26 | -      | -          | -          | 2025-08-01 | 2026-07-31 | academic year to date
			2027/28 | -      | -          | -          | 2027-08-01 | 2027-08-01 | academic year to date
			-       | autumn | -          | -          | 2026-09-03 | 2026-11-23 | autumn term 2026/27
			-       | SPRING | -          | -          | 2027-01-04 | 2027-03-25 | spring term 2026/27
			-       | SUMMER | -          | -          | 2027-04-12 | 2027-07-21 | summer term 2026/27
			2025/26 | AUTUMN | -          | -          | 2025-09-03 | 2025-12-19 | autumn term 2025/26
			-       | -      | 2026-10-01 | 2026-10-31 | 2026-10-01 | 2026-10-31 | 1 Oct 2026 to 31 Oct 2026
			-       | -      | 2026-09-07 | -          | 2026-09-07 | 2026-11-23 | 7 Sep 2026 to 23 Nov 2026
			-       | -      | -          | 2026-09-30 | 2026-08-01 | 2026-09-30 | 1 Aug 2026 to 30 Sep 2026
			-       | -      | 2025-10-01 | 2025-10-31 | 2025-10-01 | 2025-10-31 | 1 Oct 2025 to 31 Oct 2025
			2026/27 | -      | 2026-11-23 | 2026-11-23 | 2026-11-23 | 2026-11-23 | 23 Nov 2026 to 23 Nov 2026
			""")
	void periods(String year, String term, String from, String to, LocalDate first, LocalDate last, String basis) {
		ReportingPeriod period = ReportingPeriod.of(year, term, from, to, DORSET, TODAY);
		assertThat(period.from()).isEqualTo(first);
		assertThat(period.to()).isEqualTo(last);
		assertThat(period.basis()).isEqualTo(basis);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			unknown term                     | -       | WINTER | -          | -          | term
			term and range both              | -       | AUTUMN | 2026-10-01 | 2026-10-31 | term
			from after to                    | -       | -      | 2026-10-31 | 2026-10-01 | to
			from after today, no to          | -       | -      | 2026-12-01 | -          | from
			from outside the year asked      | 2026/27 | -      | 2026-07-20 | 2026-09-30 | from
			to outside the year of from      | -       | -      | 2026-07-01 | 2026-09-30 | to
			to outside the year asked        | 2026/27 | -      | -          | 2027-08-01 | to
			from not a date                  | -       | -      | 01/10/2026 | 2026-10-31 | from
			to not a date                    | -       | -      | 2026-10-01 | 31 October | to
			malformed year                   | 2026-27 | -      | -          | -          | year
			term of a year with no term dates| 2029/30 | AUTUMN | -          | -          | term
			""")
	void badPeriodsAreNamedByTheirParameter(String description, String year, String term, String from, String to,
			String field) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> ReportingPeriod.of(year, term, from, to, DORSET, TODAY));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).extracting(Violation::field).containsExactly(field);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			no closures                             | -                     | 2026-09-03 | 2026-11-23
			INSET days on the first two term days   | 2026-09-03,2026-09-04 | 2026-09-07 | 2026-11-23
			closed today: its last day is Friday    | 2026-11-23            | 2026-09-03 | 2026-11-20
			""")
	void aTermIsBoundedByTheSchoolsOwnSchoolDays(String description, String closures, LocalDate first, LocalDate last) {
		Map<LocalDate, String> closed = (closures == null) ? Map.of()
				: Set.of(closures.split(","))
					.stream()
					.collect(java.util.stream.Collectors.toMap(LocalDate::parse, (day) -> "INSET"));
		School school = new School("113001", "8382001", "Abbey", Phase.PRIMARY, Locality.NORTH, closed);
		LocalDate[] days = ReportingPeriod.of(null, "AUTUMN", null, null, DORSET, TODAY)
			.daysAt(school, DORSET)
			.orElseThrow();
		assertThat(days).containsExactly(first, last);
	}

}
