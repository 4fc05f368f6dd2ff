package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit's canonical form is RFC 8785's: pinned to the RFC's own rules and examples,
 * and checked against the RFC's reference implementation in Java (erdtman's
 * java-json-canonicalization) on hostile and random text.
 */
class CanonicalJsonTest {

	/** RFC 8785 section 3.2.2.2: how each kind of character is written in a string. */
	static Stream<Arguments> strings() {
		return Stream.of(Arguments.of("plain", "\"plain\""), Arguments.of("quote \" here", "\"quote \\\" here\""),
				Arguments.of("back\\slash", "\"back\\\\slash\""),
				Arguments.of("solidus / stays", "\"solidus / stays\""),
				Arguments.of("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\""), Arguments.of("nul\u0000", "\"nul\\u0000\""),
				Arguments.of("\u0001\u001f", "\"\\u0001\\u001f\""), Arguments.of("del\u007f", "\"del\u007f\""),
				Arguments.of("c1\u0085", "\"c1\u0085\""), Arguments.of("line\u2028sep", "\"line\u2028sep\""),
				Arguments.of("rtl\u202eoverride", "\"rtl\u202eoverride\""), Arguments.of("é€", "\"é€\""),
				Arguments.of("emoji \ud83d\ude00", "\"emoji \ud83d\ude00\""), Arguments.of("", "\"\""));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("strings")
	void writesEachCharacterAsRfc8785Says(String text, String json) {
		assertThat(new String(CanonicalJson.encode(text), StandardCharsets.UTF_8)).isEqualTo(json);
	}

	@Test
	void sortsMembersByUtf16CodeUnitsAsTheRfcExampleDoes() {
		// RFC 8785 section 3.2.3's example: code units, not code points, decide, so the
		// emoji (U+D83D...) sorts before U+FB33.
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("\u20ac", "Euro Sign");
		object.put("\r", "Carriage Return");
		object.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
		object.put("1", "One");
		object.put("\ud83d\ude00", "Emoji: Grinning Face");
		object.put("\u0080", "Control");
		object.put("\u00f6", "Latin Small Letter O With Diaeresis");
		assertThat(new String(CanonicalJson.encode(object), StandardCharsets.UTF_8))
			.isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
					+ "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
					+ "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
	}

	@Test
	void writesWholeNumbersListsAndLiteralsWithoutSpace() {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("b", List.of(0L, -1L, 42, CanonicalJson.LARGEST_EXACT));
		object.put("a", true);
		object.put("c", null);
		assertThat(new String(CanonicalJson.encode(object), StandardCharsets.UTF_8))
			.isEqualTo("{\"a\":true,\"b\":[0,-1,42,9007199254740991],\"c\":null}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\ud800", "a\udc00b", "\ud800\ud800", "end\ud83d", "\ude00start" })
	void refusesTextThatIsNotValidUnicodeRatherThanReplacingIt(String text) {
		assertThatThrownBy(() -> CanonicalJson.encode(Map.of("reason", text)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("$.reason: holds an unpaired surrogate");
	}

	@Test
	void refusesNumbersBeyondIJsonAndValuesItDoesNotKnow() {
		assertThatThrownBy(() -> CanonicalJson.encode(CanonicalJson.LARGEST_EXACT + 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CanonicalJson.encode(1.5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void agreesWithTheReferenceImplementationOnHostileText() throws IOException {
		List<String> hostile = List.of("\u0000", "\u0001\u0002\u0003\u001f", "\u007f\u0080\u009f", "\u202a\u202e\u2066",
				"\u200b\u200c\u200d\ufeff", "\ud83d\ude00\ud83c\udff4\udb40\udc67", "\"\\/", "x".repeat(100_000),
				"\u2028\u2029", "\ufffd\ufffe\uffff", "Ω≈ç√∫", "\u0645\u0631\u062d\u0628\u0627");
		for (String text : hostile) {
			assertSameAsReference(record(text));
		}
	}

	@Test
	void agreesWithTheReferenceImplementationOnRandomText() throws IOException {
		Random random = new Random(8785);
		int[] pool = { 0x00, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x22, 0x2f, 0x41, 0x5c, 0x7e, 0x7f, 0x80, 0x9f,
				0xa0, 0xe9, 0x7ff, 0x800, 0x2028, 0x202e, 0xd7ff, 0xe000, 0xfb33, 0xfeff, 0xfffd, 0xffff, 0x10000,
				0x1f600, 0x10ffff };
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				text.appendCodePoint(pool[random.nextInt(pool.length)]);
			}
			assertSameAsReference(record(text.toString()));
		}
	}

	private static Map<String, Object> record(String text) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("subject", text);
		record.put(text, "as a member name");
		record.put("children", new ArrayList<>(List.of(text, "A838200125001")));
		record.put("sequence", 7L);
		return record;
	}

	private static void assertSameAsReference(Map<String, Object> value) throws IOException {
		// Jackson writes the JSON text, independently of the encoder under test; the
		// reference implementation canonicalises it.
		byte[] reference = new JsonCanonicalizer(JsonMapper.shared().writeValueAsString(value)).getEncodedUTF8();
		assertThat(CanonicalJson.encode(value)).as("%s", value).isEqualTo(reference);
	}

}
