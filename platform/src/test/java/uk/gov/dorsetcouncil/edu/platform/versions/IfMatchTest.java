package uk.gov.dorsetcouncil.edu.platform.versions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** RFC 9110 section 13.1.1 as the platform's writes read it, one row per header. */
class IfMatchTest {

	@ParameterizedTest(name = "If-Match {0}, version held {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			// header | held | goes ahead
			"-                   | 3    | true", // no precondition: as before
			"-                   | 0    | true", "\"3\"               | 3    | true",
			"\"3\"               | 4    | false", "\"3\"               | 0    | false", // nothing
																						// held
																						// matches
																						// no
																						// tag
			"\"2\", \"3\"        | 3    | true", "\"2\",\"4\"         | 3    | false",
			"*                   | 3    | true", "*                   | 0    | false", // *
																						// needs
																						// something
																						// held
			"W/\"3\"             | 3    | false", // strong comparison: a weak tag never
													// matches
			"\"abc\"             | 3    | false", "\"03\"              | 3    | false",
			"\"\"                | 3    | false", "\"99999999999999999999\" | 3 | false" })
	void aWriteGoesAheadOnlyWhenThePreconditionHolds(String header, long held, boolean goesAhead) {
		assertThat(IfMatch.parse(header).holdsFor(held)).isEqualTo(goesAhead);
	}

	@ParameterizedTest(name = "If-Match {0}")
	@CsvSource(delimiter = '|', value = { "3", "'\"3'", "'\"3\" \"4\"'", "'\"3\";'", "''", "'  '", "'**'", "'\"a\"b'" })
	void aHeaderThatIsNoListOfEntityTagsIsA400NamingIt(String header) {
		ProblemException refused = catchThrowableOfType(ProblemException.class, () -> IfMatch.parse(header));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).extracting((violation) -> violation.field()).containsExactly("If-Match");
	}

	@Test
	void aFailedPreconditionIsA412NamingTheVersionHeld() {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> IfMatch.parse("\"3\"").require(4, "agreement DSA-1"));
		assertThat(refused.problem()).isEqualTo(Problem.PRECONDITION_FAILED);
		assertThat(refused.getMessage()).contains("agreement DSA-1 is at version 4 (ETag \"4\")");
		assertThat(IfMatch.entityTag(4)).isEqualTo("\"4\"");
	}

}
