package uk.gov.dorsetcouncil.edu.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonTest {

	record Mark(String upn, String code) {
	}

	record Pupil(String givenName, Integer yearGroup, Boolean freeSchoolMeals, int rank, Double value,
			List<Mark> marks) {
	}

	private static Violation refusal(String json) {
		JacksonException refused = catchThrowableOfType(JacksonException.class,
				() -> StrictJson.mapper().readValue(json, Pupil.class));
		assertThat(refused).as("refused: " + json).isNotNull();
		return StrictJson.violation(refused);
	}

	@Test
	void aBodyOfTheRightShapeIsReadExactly() {
		Pupil pupil = StrictJson.mapper()
			.readValue("{\"givenName\":\"Zoë 😀\",\"yearGroup\":5,\"freeSchoolMeals\":false,\"rank\":0,"
					+ "\"value\":12.5,\"marks\":[{\"upn\":\"A\",\"code\":\"/\"}]}", Pupil.class);
		assertThat(pupil.givenName()).isEqualTo("Zoë 😀");
		assertThat(pupil.yearGroup()).isEqualTo(5);
		assertThat(pupil.value()).isEqualTo(12.5);
		assertThat(StrictJson.mapper().readValue("{\"rank\":1,\"value\":3}", Pupil.class).value()).isEqualTo(3.0);
		assertThat(StrictJson.mapper().readValue("{\"rank\":1,\"yearGroup\":null}", Pupil.class).yearGroup()).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"givenName":5,"rank":1}            | givenName  | the value (a whole number) is not text (a JSON string)
					{"givenName":true,"rank":1}         | givenName  | the value (a boolean) is not text (a JSON string)
					{"yearGroup":"5","rank":1}          | yearGroup  | the value (a string) is not a whole number in range
					{"yearGroup":"","rank":1}           | yearGroup  | the value '' is not a whole number in range
					{"yearGroup":1.5,"rank":1}          | yearGroup  | the value (a number with a fraction) is not a whole number in range
					{"yearGroup":1e400,"rank":1}        | yearGroup  | the value (a number with a fraction) is not a whole number in range
					{"yearGroup":2147483648,"rank":1}   | yearGroup  | the value (a whole number) is not a whole number in range
					{"freeSchoolMeals":123,"rank":1}    | freeSchoolMeals | the value (a whole number) is not true or false
					{"freeSchoolMeals":"yes","rank":1}  | freeSchoolMeals | the value (a string) is not true or false
					{"value":"12","rank":1}             | value      | the value (a string) is not a number
					{"rank":null}                       | rank       | a value is required, not null
					{"rank":1,"marks":{"upn":"A"}}      | marks      | the value (an object) is not a list
					{"rank":1,"marks":["A"]}            | marks[0]   | the value (a string) is not an object of the fields this body takes
					{"rank":1,"givenName":["A"]}        | givenName  | the value (a list) is not text (a JSON string)
					""")
	void scalarsAreNotCoerced(String json, String field, String detail) {
		assertThat(refusal(json)).isEqualTo(new Violation(field, detail));
	}

	@Test
	void unknownFieldsAreNamedWithTheFieldsTheBodyHas() {
		assertThat(refusal("{\"rank\":1,\"mark\":[]}")).isEqualTo(new Violation("mark",
				"unknown field 'mark'; the fields are freeSchoolMeals, givenName, marks, rank, value, yearGroup"));
		assertThat(refusal("{\"rank\":1,\"marks\":[{\"upn\":\"A\",\"cod\":\"/\"}]}").field()).isEqualTo("marks[0].cod");
		// Found by ChildSearchBodyFuzzTest: a field named "" was named by "" in the
		// problem, which names nothing a caller can read.
		assertThat(refusal("{\"\":1,\"rank\":1}")).isEqualTo(new Violation("body",
				"unknown field ''; the fields are freeSchoolMeals, givenName, marks, rank, value, yearGroup"));
		assertThat(refusal("{\"  \":1,\"rank\":1}").field()).isEqualTo("body");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{"rank":1,"rank":2}      | body
			{"rank":1} {"rank":2}    | body
			{"rank":1}x              | body
			{"rank":                 | body
			[1]                      | body
			""")
	void malformedOrAmbiguousJsonIsRefused(String json, String field) {
		assertThat(refusal(json).field()).isEqualTo(field);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{"rank":1,"givenName":"\\ud800"}                  | givenName | the givenName holds an unpaired surrogate (U+D800) at index 0, which is not valid Unicode
					{"rank":1,"givenName":"a\\u0000"}                 | givenName | the givenName holds the control character U+0000 at index 1; only tab and line breaks may stand in text
					{"rank":1,"marks":[{"upn":"\\u202eA","code":"/"}]} | marks[0].upn | the marks[0].upn holds the bidirectional control U+202E at index 0, which makes text display in another order than it reads
					""")
	void everyStringIsKeptText(String json, String field, String detail) {
		assertThat(refusal(json)).isEqualTo(new Violation(field, detail));
	}

	@Test
	void noStringIsLongerThanAnyFieldTakes() {
		assertThat(refusal("{\"rank\":1,\"givenName\":\"" + "x".repeat(10_001) + "\"}")).isEqualTo(
				new Violation("givenName", "the givenName is 10001 characters long; no field takes more than 10000"));
		assertThat(StrictJson.mapper()
			.readValue("{\"rank\":1,\"givenName\":\"" + "x".repeat(10_000) + "\"}", Pupil.class)
			.givenName()).hasSize(10_000);
	}

	@Test
	void paragraphsMayHoldTabsAndLineBreaks() {
		assertThat(
				StrictJson.mapper().readValue("{\"rank\":1,\"givenName\":\"a\\n\\tb\\r\\n\"}", Pupil.class).givenName())
			.isEqualTo("a\n\tb\r\n");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			''                       | body      | a body is required
			'{"rank":'               | body      | the JSON cannot be read
			null                     | body      | a body is required
			{"rank":1,"yearGroup":"5"} | yearGroup | the value (a string) is not a whole number in range
			{"rank":1,"sise":5}      | sise      | unknown field 'sise'
			""")
	void aBodyReadOutsideTheFrameworkIsTheValueOrTheProblemNamingTheField(String json, String field, String detail) {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> StrictJson.read(json.getBytes(StandardCharsets.UTF_8), Pupil.class));
		assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
		assertThat(refused.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.detail()).startsWith(detail);
		});
		assertThat(StrictJson.read("{\"rank\":2}".getBytes(StandardCharsets.UTF_8), Pupil.class).rank()).isEqualTo(2);
	}

}
