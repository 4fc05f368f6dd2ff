package uk.gov.dorsetcouncil.edu.platform.input;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryStringTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a=1&b=two                 | a=1,b=two
			name=Zo%C3%AB             | name=Zoë
			q=a+b%20c                 | q=a b c
			flag                      | flag=
			a=1&&b=2                  | a=1,b=2
			from=%2B2026-01-01        | from=+2026-01-01
			emoji=%F0%9F%98%80        | emoji=😀
			""")
	void readsWellFormedQueries(String raw, String expected) {
		assertThat(String.join(",",
				QueryString.parse(raw).parameters().stream().map((p) -> p.name() + "=" + p.value()).toList()))
			.isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					pledge=%ff%fe     | pledge | the value is not UTF-8 once its percent-encoding is decoded
					a=%ZZ             | a      | the value has a '%' at 0 not followed by two hex digits
					a=50%             | a      | the value has a '%' at 2 not followed by two hex digits
					a=%e2%82          | a      | the value is not UTF-8 once its percent-encoding is decoded
					a=%ed%a0%80       | a      | the value is not UTF-8 once its percent-encoding is decoded
					a=x%00            | a      | the value holds the control character U+0000 at index 1, which has no place in one line of text
					a=%E2%80%AE       | a      | the value holds the bidirectional control U+202E at index 0, which makes text display in another order than it reads
					%ff=1             | query  | a parameter name is not UTF-8 once its percent-encoding is decoded
					""")
	void refusesMalformedQueriesNamingTheParameter(String raw, String field, String detail) {
		ProblemException refused = catchThrowableOfType(ProblemException.class, () -> QueryString.parse(raw));
		assertThat(refused.violations()).singleElement().satisfies((violation) -> {
			assertThat(violation.field()).isEqualTo(field);
			assertThat(violation.detail()).isEqualTo(detail);
		});
	}

	@Test
	void unknownNamesAreRefusedSayingWhatThePathTakes() {
		QueryString query = QueryString.parse("size=1&sort=name&limit=5");
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> query.requireOnly(Set.of("page", "size")));
		assertThat(refused.violations()).extracting((v) -> v.field()).containsExactly("sort", "limit");
		assertThat(refused.violations().get(0).detail())
			.isEqualTo("unknown query parameter 'sort'; this path takes page, size");
		query.requireOnly(Set.of("size", "sort", "limit"));
		assertThat(catchThrowableOfType(ProblemException.class, () -> query.requireOnly(Set.of())).violations()
			.get(0)
			.detail()).endsWith("this path takes none");
	}

}
