package uk.gov.dorsetcouncil.edu.attendance.search;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Never a wildcard: what a query must name, and every field refused by name. */
class ChildQueryTest {

	@ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5}: {6}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"-     | Amelia | -          | DT1 1XJ | -          | familyName              | a family name and a date of birth",
			"Smith | Amelia | -          | DT1 1XJ | -          | dateOfBirth             | or an NHS number",
			"-     | Amelia | 2016-07-04 | DT1 1XJ | -          | familyName              | postcodes alone",
			"-     | -      | -          | -       | -          | familyName              | or an NHS number",
			"''    | ''     | ''         | ''      | ''         | familyName              | or an NHS number",
			"Smith | -      | 2016-13-04 | -       | -          | dateOfBirth             | not a day of the calendar",
			"Smith | -      | 2016-07-04 | DT1     | -          | postcode                | such as DT1 1XJ",
			"-     | -      | -          | -       | 9434765918 | nhsNumber               | should be 9",
			"'  '  | -      | 2016-07-04 | -       | -          | familyName              | or an NHS number",
			"12    | -      | 2016-07-04 | -       | -          | familyName              | letter",
			"Smith | -      | 2016-07-04 | -       | 94347659   | nhsNumber               | 10 digits" })
	void refusesWeakOrMalformedQueriesNamingTheField(String family, String given, String born, String postcode,
			String nhs, String field, String reason) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> ChildQuery.of(family, given, born, postcode, nhs));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).anySatisfy((violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.detail()).contains(reason);
		});
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "Smith | 2016-07-04 | -          | 2016-07-04 2016-04-07",
					"Smith | 2016-07-13 | -          | 2016-07-13", "Smith | 2016-07-07 | -          | 2016-07-07",
					"-     | -          | 9434765919 | -" })
	void comparesPupilsBornOnTheDateEitherWayRound(String family, String born, String nhs, String dates) {
		ChildQuery query = ChildQuery.of(family, null, born, null, nhs);
		assertThat(query.datesOfBirth()).containsExactlyElementsOf((dates == null) ? java.util.List.of()
				: java.util.Arrays.stream(dates.split(" ")).map(LocalDate::parse).toList());
	}

}
