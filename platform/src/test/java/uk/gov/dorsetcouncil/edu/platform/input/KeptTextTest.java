package uk.gov.dorsetcouncil.edu.platform.input;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeptTextTest {

	/** Text, form, and the problem (empty when kept). */
	static Stream<Arguments> cases() {
		return Stream.of(Arguments.of("the force's review", KeptText.Form.LINE, ""),
				Arguments.of("Révision: ✓ 😀 مرحبا", KeptText.Form.LINE, ""),
				Arguments.of("right-to-left mark \u200f is a mark, not an override", KeptText.Form.LINE, ""),
				Arguments.of("\ud83d\ude00 a pair", KeptText.Form.LINE, ""),
				Arguments.of("\ud800", KeptText.Form.LINE,
						"holds an unpaired surrogate (U+D800) at index 0, which is not valid Unicode"),
				Arguments.of("ab\udc00", KeptText.Form.PARAGRAPHS,
						"holds an unpaired surrogate (U+DC00) at index 2, which is not valid Unicode"),
				Arguments.of("\ud83d\ud83d\ude00", KeptText.Form.LINE,
						"holds an unpaired surrogate (U+D83D) at index 0, which is not valid Unicode"),
				Arguments.of("nul\u0000", KeptText.Form.PARAGRAPHS,
						"holds the control character U+0000 at index 3; only tab and line breaks may stand in text"),
				Arguments.of("two\nlines", KeptText.Form.LINE,
						"holds the control character U+000A at index 3, which has no place in one line of text"),
				Arguments.of("two\r\nlines\tand a tab", KeptText.Form.PARAGRAPHS, ""),
				Arguments.of("c1\u0085", KeptText.Form.PARAGRAPHS,
						"holds the control character U+0085 at index 2; only tab and line breaks may stand in text"),
				Arguments.of("del\u007f", KeptText.Form.LINE,
						"holds the control character U+007F at index 3, which has no place in one line of text"),
				Arguments.of("evil\u202egnp.exe", KeptText.Form.LINE,
						"holds the bidirectional control U+202E at index 4, which makes text display in another order "
								+ "than it reads"),
				Arguments.of("\u2066isolate", KeptText.Form.PARAGRAPHS,
						"holds the bidirectional control U+2066 at index 0, which makes text display in another order "
								+ "than it reads"));
	}

	@ParameterizedTest(name = "{1}: {2}")
	@MethodSource("cases")
	void keepsValidReadableTextAndNamesWhatIsWrongWithTheRest(String text, KeptText.Form form, String problem) {
		assertThat(KeptText.problemWith(text, form).orElse("")).isEqualTo(problem);
	}

}
