package uk.gov.dorsetcouncil.edu.gateway.children.search;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Never a wildcard: what a search must name, each field checked and written one way. */
class ChildSearchQueryTest {

	@ParameterizedTest(name = "{0} {1} {2} {3} {4} -> refused naming {5}")
	@CsvSource(delimiter = '|', nullValues = "-",
			value = { "-      | Amelia | -          | DT1 1XJ | -          | familyName dateOfBirth",
					"Smith  | Amelia | -          | DT1 1XJ | -          | dateOfBirth",
					"-      | Amelia | 2016-07-04 | DT1 1XJ | -          | familyName",
					"-      | -      | -          | -       | -          | familyName dateOfBirth",
					"'   '  | ' '    | ''         | ' '     | ''         | familyName dateOfBirth",
					"Smith  | -      | 2016-02-30 | -       | -          | dateOfBirth",
					"Smith  | -      | 07/04/2016 | -       | -          | dateOfBirth",
					"Smith  | -      | 2016-07-04 | DT1     | -          | postcode",
					"Smith  | -      | 2016-07-04 | -       | 9434765918 | nhsNumber",
					"-      | -      | -          | -       | 12345      | nhsNumber",
					"1234   | -      | 2016-07-04 | -       | -          | familyName",
					"Smith  | 99     | 2016-07-04 | -       | -          | givenName" })
	void aWeakOrMalformedSearchIsRefusedNamingEachField(String family, String given, String born, String postcode,
			String nhs, String fields) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> ChildSearchQuery.of(family, given, born, postcode, nhs));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).extracting((violation) -> violation.field())
			.containsExactly(fields.split(" "));
	}

	@ParameterizedTest(name = "{0} {1} {2} {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"' Smith-Jones ' | -      | 2016-07-04 | -          | -             | Smith-Jones | -          | -",
			"-               | -      | -          | -          | 943 476 5919  | -           | -          | 9434765919",
			"Smith           | Amelia | 2016-07-04 | ' dt1 1xj' | 943-476-5919  | Smith       | DT1 1XJ    | 9434765919" })
	void aStrongEnoughSearchIsWrittenOneWay(String family, String given, String born, String postcode, String nhs,
			String expectedFamily, String expectedPostcode, String expectedNhs) {
		ChildSearchQuery query = ChildSearchQuery.of(family, given, born, postcode, nhs);
		assertThat(query.familyName()).isEqualTo(expectedFamily);
		assertThat(query.postcode()).isEqualTo(expectedPostcode);
		assertThat(query.nhsNumber()).isEqualTo(expectedNhs);
		assertThat(query.dateOfBirth()).isEqualTo((born != null) ? LocalDate.parse(born) : null);
	}

}
