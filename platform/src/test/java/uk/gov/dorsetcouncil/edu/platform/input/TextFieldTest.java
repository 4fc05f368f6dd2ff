package uk.gov.dorsetcouncil.edu.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class TextFieldTest {

	/** Text, the field's rule, and the problem (empty when kept). */
	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("Ada", TextField.NAME, ""), Arguments.of("O'Brien-Smith", TextField.NAME, ""),
				Arguments.of("Zoë", TextField.NAME, ""), Arguments.of("محمد", TextField.NAME, ""),
				Arguments.of("李", TextField.NAME, ""),
				Arguments.of("\u200b\u200b", TextField.NAME,
						"holds no letter: a name is written in the letters of some script"),
				Arguments.of("12345", TextField.NAME,
						"holds no letter: a name is written in the letters of some script"),
				Arguments.of("-'.", TextField.NAME, "holds no letter: a name is written in the letters of some script"),
				Arguments.of("x".repeat(100), TextField.NAME, ""),
				Arguments.of("x".repeat(101), TextField.NAME, "is 101 characters long; at most 100 are kept"),
				Arguments.of("Ada\u0000", TextField.NAME,
						"holds the control character U+0000 at index 3, which has no place in one line of text"),
				Arguments.of("Ada\u202e", TextField.NAME,
						"holds the bidirectional control U+202E at index 3, which makes text display in another order "
								+ "than it reads"),
				Arguments.of("\ud800", TextField.LINE,
						"holds an unpaired surrogate (U+D800) at index 0, which is not valid Unicode"),
				Arguments.of("two\nlines", TextField.PARAGRAPHS, ""),
				Arguments.of("two\nlines", TextField.LINE,
						"holds the control character U+000A at index 3, which has no place in one line of text"),
				Arguments.of("x".repeat(2000), TextField.PARAGRAPHS, ""),
				Arguments.of("x".repeat(2001), TextField.PARAGRAPHS, "is 2001 characters long; at most 2000 are kept"),
				Arguments.of("", TextField.NAME, ""), Arguments.of("12", TextField.LINE, ""));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("cases")
	void keepsWhatTheFieldHoldsAndNamesWhatIsWrong(String text, TextField field, String problem) {
		assertThat(field.problemWith(text).orElse("")).isEqualTo(problem);
		List<Violation> violations = new ArrayList<>();
		String kept = field.check("givenName", text, violations);
		if (problem.isEmpty()) {
			assertThat(kept).isEqualTo(text);
			assertThat(violations).isEmpty();
		}
		else {
			assertThat(kept).isNull();
			assertThat(violations).containsExactly(new Violation("givenName", "the givenName " + problem));
		}
	}

}
