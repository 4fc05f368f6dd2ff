package uk.gov.dorsetcouncil.edu.platform.input;

import java.util.Locale;
import java.util.Optional;

/**
 * Text the platform keeps (a pupil's name, an agreement, a reason, an audit record): it
 * must be kept exactly and read back as written, so it must be valid Unicode, and it must
 * read as it displays. Every JSON string a service or the gateway reads is checked
 * against these rules as a paragraph ({@code StrictJson}); a field that is one line, or a
 * name, says so with a {@link TextField}.
 *
 * <table>
 * <caption>What is refused, and why</caption>
 * <tr>
 * <th>Characters</th>
 * <th>Refused in</th>
 * <th>Why</th>
 * </tr>
 * <tr>
 * <td>an unpaired surrogate (U+D800 to U+DFFF not in a pair)</td>
 * <td>all text</td>
 * <td>not a Unicode character at all: it has no UTF-8 form (RFC 3629 section 3), so a
 * store keeps something else (U+FFFD or {@code ?}) and the record no longer says what was
 * hashed</td>
 * </tr>
 * <tr>
 * <td>control characters (U+0000 to U+001F, U+007F to U+009F)</td>
 * <td>a line; in paragraphs all but tab, line feed and carriage return</td>
 * <td>they mean nothing in a name, a code or a reason, and NUL ends strings in C</td>
 * </tr>
 * <tr>
 * <td>bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
 * U+2069)</td>
 * <td>all text</td>
 * <td>they make text display in another order than it reads (CVE-2021-42574), so a reason
 * could show one thing to the reader and say another</td>
 * </tr>
 * </table>
 */
public final class KeptText {

	/** Where the text stands. */
	public enum Form {

		/** One line: a title, a code. */
		LINE,
		/** Free text that may run over lines: a reason, a lawful basis. */
		PARAGRAPHS

	}

	private KeptText() {
	}

	/**
	 * What is wrong with {@code text} as text to keep, if anything: an unpaired surrogate
	 * first (nothing else can be said of text that is not text), then the first character
	 * out of place.
	 */
	public static Optional<String> problemWith(String text, Form form) {
		int surrogate = firstUnpairedSurrogate(text);
		if (surrogate >= 0) {
			return Optional.of(unpairedSurrogate(text, surrogate));
		}
		for (int i = 0; i < text.length(); i++) {
			// Halves of a pair are neither controls nor bidirectional controls.
			char c = text.charAt(i);
			if (Character.getType(c) == Character.CONTROL
					&& !(form == Form.PARAGRAPHS && (c == '\t' || c == '\n' || c == '\r'))) {
				return Optional.of("holds the control character " + codePoint(c) + " at index " + i
						+ ((form == Form.LINE) ? ", which has no place in one line of text"
								: "; only tab and line breaks may stand in text"));
			}
			if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
				return Optional.of("holds the bidirectional control " + codePoint(c) + " at index " + i
						+ ", which makes text display in another order than it reads");
			}
		}
		return Optional.empty();
	}

	/** The index of the first unpaired surrogate in {@code text}, or -1. */
	public static int firstUnpairedSurrogate(String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return i;
			}
		}
		return -1;
	}

	/** What is wrong with text whose first unpaired surrogate is at {@code index}. */
	public static String unpairedSurrogate(String text, int index) {
		return "holds an unpaired surrogate (" + codePoint(text.charAt(index)) + ") at index " + index
				+ ", which is not valid Unicode";
	}

	/**
	 * A value a caller sent, quoted in an answer only when it is short, valid text:
	 * otherwise the answer would carry (or fail on) what was refused.
	 */
	public static String quoted(String value) {
		if (value == null) {
			return "an empty value";
		}
		return (value.length() <= 64 && problemWith(value, Form.LINE).isEmpty()) ? "'" + value + "'" : "that value";
	}

	private static String codePoint(char c) {
		return String.format(Locale.ROOT, "U+%04X", (int) c);
	}

}
