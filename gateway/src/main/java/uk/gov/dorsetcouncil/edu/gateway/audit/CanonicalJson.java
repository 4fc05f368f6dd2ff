package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.gov.dorsetcouncil.edu.platform.input.KeptText;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for the values an audit record holds: text,
 * whole numbers, lists and objects. Object members are sorted by their names' UTF-16 code
 * units (RFC 8785 section 3.2.3); strings are written as ECMAScript's JSON.stringify
 * writes them: the quotation mark and the reverse solidus escaped, the control characters
 * U+0000 to U+001F as the short escapes (b, t, n, f, r) or as a six-character escape in
 * lower-case hex, everything else as itself (section 3.2.2.2); whole numbers in plain
 * decimal (section 3.2.2.3, within I-JSON's exact range); the result in UTF-8 (section
 * 3.2.4).
 *
 * <p>
 * Text that is not valid Unicode (an unpaired surrogate) has no UTF-8 form and is refused
 * here rather than replaced: a record whose bytes say other than its fields is what broke
 * the chain before (issue 13).
 */
public final class CanonicalJson {

	/** RFC 7493 (I-JSON) section 2.2: integers exactly representable as doubles. */
	static final long LARGEST_EXACT = (1L << 53) - 1;

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private CanonicalJson() {
	}

	/**
	 * The canonical UTF-8 bytes of {@code value}: a {@link Map} with text keys, a
	 * {@link List}, a {@link String}, a {@link Long} or {@link Integer}, or a
	 * {@link Boolean}.
	 * @throws IllegalArgumentException for text that is not valid Unicode, a number
	 * outside I-JSON's exact range, or a value of another kind
	 */
	public static byte[] encode(Object value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		write(out, value, "$");
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, Object value, String path) {
		switch (value) {
			case String text -> string(out, text, path);
			case Long number -> number(out, number, path);
			case Integer number -> number(out, number.longValue(), path);
			case Boolean flag -> ascii(out, flag.toString());
			case List<?> list -> {
				out.write('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.write(',');
					}
					write(out, list.get(i), path + "[" + i + "]");
				}
				out.write(']');
			}
			case Map<?, ?> map -> {
				// String's natural order compares UTF-16 code units, as RFC 8785 sorts.
				TreeMap<String, Object> sorted = new TreeMap<>();
				map.forEach((name, member) -> {
					if (!(name instanceof String text)) {
						throw new IllegalArgumentException(path + ": an object member's name must be text");
					}
					sorted.put(text, member);
				});
				out.write('{');
				boolean first = true;
				for (Map.Entry<String, Object> member : sorted.entrySet()) {
					if (!first) {
						out.write(',');
					}
					first = false;
					string(out, member.getKey(), path);
					out.write(':');
					write(out, member.getValue(), path + "." + member.getKey());
				}
				out.write('}');
			}
			case null -> ascii(out, "null");
			default -> throw new IllegalArgumentException(
					path + ": " + value.getClass().getSimpleName() + " has no canonical form in an audit record");
		}
	}

	private static void number(ByteArrayOutputStream out, long number, String path) {
		if (number > LARGEST_EXACT || number < -LARGEST_EXACT) {
			throw new IllegalArgumentException(path + ": " + number + " is outside I-JSON's exact integers");
		}
		ascii(out, Long.toString(number));
	}

	private static void string(ByteArrayOutputStream out, String text, String path) {
		out.write('"');
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> ascii(out, "\\\"");
				case '\\' -> ascii(out, "\\\\");
				case '\b' -> ascii(out, "\\b");
				case '\t' -> ascii(out, "\\t");
				case '\n' -> ascii(out, "\\n");
				case '\f' -> ascii(out, "\\f");
				case '\r' -> ascii(out, "\\r");
				default -> {
					if (c < 0x20) {
						ascii(out, "\\u00");
						out.write(HEX[c >> 4]);
						out.write(HEX[c & 0xf]);
					}
					else if (c < 0x80) {
						out.write(c);
					}
					else if (c < 0x800) {
						out.write(0xc0 | (c >> 6));
						out.write(0x80 | (c & 0x3f));
					}
					else if (Character.isHighSurrogate(c) && i + 1 < length
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						int codePoint = Character.toCodePoint(c, text.charAt(++i));
						out.write(0xf0 | (codePoint >> 18));
						out.write(0x80 | ((codePoint >> 12) & 0x3f));
						out.write(0x80 | ((codePoint >> 6) & 0x3f));
						out.write(0x80 | (codePoint & 0x3f));
					}
					else if (Character.isSurrogate(c)) {
						throw new IllegalArgumentException(path + ": " + KeptText.unpairedSurrogate(text, i));
					}
					else {
						out.write(0xe0 | (c >> 12));
						out.write(0x80 | ((c >> 6) & 0x3f));
						out.write(0x80 | (c & 0x3f));
					}
				}
			}
		}
		out.write('"');
	}

	private static void ascii(ByteArrayOutputStream out, String text) {
		for (int i = 0; i < text.length(); i++) {
			out.write(text.charAt(i));
		}
	}

}
