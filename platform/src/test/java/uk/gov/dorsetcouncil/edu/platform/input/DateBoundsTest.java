package uk.gov.dorsetcouncil.edu.platform.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateBoundsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-23           | ''
			1900-01-01           | ''
			2199-12-31           | ''
			1899-12-31           | 1899-12-31 is outside the dates the platform holds, 1900-01-01 to 2199-12-31
			2200-01-01           | 2200-01-01 is outside the dates the platform holds, 1900-01-01 to 2199-12-31
			+999999999-12-31     | a date is written yyyy-MM-dd, not '+999999999-12-31'
			-999999999-01-01     | a date is written yyyy-MM-dd, not '-999999999-01-01'
			+10000-01-01         | a date is written yyyy-MM-dd, not '+10000-01-01'
			0000-01-01           | 0000-01-01 is outside the dates the platform holds, 1900-01-01 to 2199-12-31
			2026-02-30           | 2026-02-30 is not a day of the calendar
			2026-13-01           | 2026-13-01 is not a day of the calendar
			23/11/2026           | a date is written yyyy-MM-dd, not '23/11/2026'
			2026-11-23T00:00     | a date is written yyyy-MM-dd, not '2026-11-23T00:00'
			' 2026-11-23'        | a date is written yyyy-MM-dd, not ' 2026-11-23'
			""")
	void aWrittenDateIsFourDigitsOfYearWithinTheBounds(String value, String problem) {
		assertThat(DateBounds.problemWith(value).orElse("")).isEqualTo(problem);
		List<Violation> violations = new ArrayList<>();
		LocalDate date = DateBounds.parse("date", value, violations);
		assertThat(date == null).isEqualTo(!problem.isEmpty());
		assertThat(violations).hasSize(problem.isEmpty() ? 0 : 1);
	}

	@ParameterizedTest(name = "parameter {0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null       | null
			2026-11-23 | 2026-11-23
			''         | a date written yyyy-MM-dd, or leave the parameter out
			'  '       | a date written yyyy-MM-dd, or leave the parameter out
			2026-02-30 | 2026-02-30 is not a day of the calendar
			1899-12-31 | 1899-12-31 is outside the dates the platform holds, 1900-01-01 to 2199-12-31
			""")
	void aDateParameterLeftOutIsNullAndOneGivenMustBeADate(String value, String expected) {
		if (expected == null || expected.matches("\\d{4}-\\d{2}-\\d{2}")) {
			assertThat(DateBounds.parameter("since", value))
				.isEqualTo((expected != null) ? LocalDate.parse(expected) : null);
			return;
		}
		assertThatThrownBy(() -> DateBounds.parameter("since", value)).isInstanceOfSatisfying(ProblemException.class,
				problem -> assertThat(problem.violations()).singleElement().satisfies(violation -> {
					assertThat(violation.field()).isEqualTo("since");
					assertThat(violation.detail()).isEqualTo(expected);
				}));
	}

	@ParameterizedTest(name = "born {0}")
	@CsvSource(delimiter = '|', textBlock = """
			2024-11-23 | ''
			2024-11-24 | born 2024-11-24, the pupil would be 1 on 2026-11-23; pupils are 2 to 25 years old
			2001-11-24 | ''
			2001-11-23 | ''
			2000-11-24 | ''
			2000-11-23 | born 2000-11-23, the pupil would be 26 on 2026-11-23; pupils are 2 to 25 years old
			0000-01-01 | born 0000-01-01, the pupil would be 2026 on 2026-11-23; pupils are 2 to 25 years old
			2026-11-24 | born 2026-11-24, the pupil would be not yet born on 2026-11-23; pupils are 2 to 25 years old
			""")
	void aPupilIsTwoToTwentyFiveOnTheDayJudged(LocalDate born, String problem) {
		assertThat(DateBounds.pupilAgeProblem(born, TODAY).orElse("")).isEqualTo(problem);
	}

	/**
	 * The age bound is judged on the days the record is about (ADR 0020): admission,
	 * leaving, and today only while the record holds the pupil on roll. Today is 23
	 * November 2026.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			left years ago, now 31           | 1995-05-01 | 2000-09-04 | 2011-07-20 | ''
			left at 25, now 26               | 2000-05-01 | 2016-09-05 | 2025-07-18 | ''
			still on roll at 25              | 2001-05-01 | 2016-09-05 | -          | ''
			still on roll at 26              | 2000-05-01 | 2016-09-05 | -          | dateOfBirth
			still on roll, admitted at 25    | 1996-03-02 | 2021-09-02 | -          | dateOfBirth
			joins next September aged 2      | 2025-03-01 | 2027-09-01 | -          | ''
			joins next September aged 1      | 2025-12-01 | 2027-09-01 | -          | admissionDate
			admitted aged 1                  | 2015-05-01 | 2016-09-05 | 2020-07-17 | admissionDate
			left aged 26                     | 1990-05-01 | 2000-09-04 | 2016-07-20 | leavingDate
			admitted before birth            | 2015-05-01 | 2014-09-01 | -          | admissionDate
			born in the future               | 2027-05-04 | 2021-09-02 | -          | dateOfBirth,admissionDate
			left before admission is checked elsewhere | 2015-05-01 | 2020-09-01 | 2019-07-19 | ''
			29 February, admitted at 2 on 1 March  | 2024-02-29 | 2026-03-01 | -    | ''
			29 February, admitted on 28 February   | 2024-02-29 | 2026-02-28 | -    | admissionDate
			29 February, left the day before 26 on 1 March | 2000-02-29 | 2016-09-05 | 2026-02-28 | ''
			29 February, left at 26 on 1 March     | 2000-02-29 | 2016-09-05 | 2026-03-01 | leavingDate
			""")
	void aPupilsAgeIsJudgedOnTheDaysTheRecordIsAbout(String description, LocalDate born, LocalDate admitted,
			LocalDate left, String fields) {
		List<Violation> problems = DateBounds.pupilOnRollProblems(born, admitted, left, TODAY);
		assertThat(String.join(",", problems.stream().map(Violation::field).toList())).isEqualTo(fields);
	}

	@ParameterizedTest(name = "{0}, born {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					2026-09-01 | 2015-05-01 | ''
					2028-08-31 | 2015-05-01 | ''
					2028-09-01 | 2015-05-01 | 2028-09-01 is after the end of the next academic year (2028-08-31); admissions and leaving are recorded no further ahead
					+10000-01-01 | 2015-05-01 | +10000-01-01 is outside the years the pupil (born 2015-05-01) could be on roll, 2 to 25 years old
					2017-05-01 | 2015-05-01 | ''
					2017-04-30 | 2015-05-01 | 2017-04-30 is outside the years the pupil (born 2015-05-01) could be on roll, 2 to 25 years old
					2041-05-01 | 2015-05-01 | 2041-05-01 is outside the years the pupil (born 2015-05-01) could be on roll, 2 to 25 years old
					2014-01-01 | 2015-05-01 | 2014-01-01 is outside the years the pupil (born 2015-05-01) could be on roll, 2 to 25 years old
					2028-09-01 |            | 2028-09-01 is after the end of the next academic year (2028-08-31); admissions and leaving are recorded no further ahead
					1990-01-01 |            | ''
					""")
	void anAdmissionOrLeavingIsWhileThePupilIsOfSchoolAgeAndNoLaterThanNextAcademicYear(LocalDate date, LocalDate born,
			String problem) {
		assertThat(DateBounds.enrolmentDateProblem(date, born, TODAY).orElse("")).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2028-08-31 | 2028-08-31
			2026-09-01 | 2027-08-31
			2026-08-31 | 2026-08-31
			""")
	void anAcademicYearEndsOn31August(LocalDate date, LocalDate end) {
		assertThat(DateBounds.endOfAcademicYear(date)).isEqualTo(end);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2014-09-01 | ''
			2014-08-31 | 2014-08-31 is before EHC plans began on 2014-09-01 (Children and Families Act 2014 Part 3)
			2026-11-23 | ''
			2026-11-24 | 2026-11-24 is in the future
			""")
	void anEhcPlanDateIsBetweenPart3AndToday(LocalDate date, String problem) {
		assertThat(DateBounds.ehcPlanDateProblem(date, TODAY).orElse("")).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					2018-05-25 | ''
					2018-05-24 | 2018-05-24 is before the Data Protection Act 2018 applied (2018-05-25); an agreement under the law before names a lawful basis that no longer exists
					2027-11-23 | ''
					2027-11-24 | 2027-11-24 is more than a year ahead; an agreement is recorded when it is signed
					""")
	void anAgreementStartsUnderTheDataProtectionAct2018AndWithinAYear(LocalDate start, String problem) {
		assertThat(DateBounds.agreementStartProblem(start, TODAY).orElse("")).isEqualTo(problem);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "1900-01-01", "2199-12-31" })
	void arithmeticOnAnyAcceptedDateCannotOverflow(LocalDate edge) {
		assertThat(edge.plusYears(1000).minusYears(2000).plusWeeks(52_000)).isNotNull();
	}

	@ParameterizedTest(name = "[{0}] -> {1}, {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null       | null       | required
			''         | null       | required
			'   '      | null       | required
			2026-02-30 | null       | 2026-02-30 is not a day of the calendar
			2026-12-08 | 2026-12-08 | ''
			""")
	void aRequiredDateThatIsBlankIsMissingNotLeftOut(String value, LocalDate read, String problem) {
		List<Violation> violations = new ArrayList<>();
		assertThat(DateBounds.required("firstDay", value, "required", violations)).isEqualTo(read);
		assertThat(violations.stream().map(Violation::detail).findFirst().orElse("")).isEqualTo(problem);
		assertThat(violations).allMatch((violation) -> violation.field().equals("firstDay"));
	}

	@ParameterizedTest(name = "[{0}] -> {1}, {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null       | 2026-12-01 | ''
			''         | 2026-12-01 | ''
			'   '      | 2026-12-01 | ''
			2026-02-30 | null       | 2026-02-30 is not a day of the calendar
			2026-12-08 | 2026-12-08 | ''
			""")
	void aDateLeftOutOrBlankIsTheDefaultAndOneGivenMustBeADate(String value, LocalDate read, String problem) {
		List<Violation> violations = new ArrayList<>();
		assertThat(DateBounds.parseOr("decidedOn", value, LocalDate.of(2026, 12, 1), violations)).isEqualTo(read);
		assertThat(violations.stream().map(Violation::detail).findFirst().orElse("")).isEqualTo(problem);
	}

}
