package uk.gov.dorsetcouncil.edu.attendance.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How two written names are compared: in one folded form (no diacritics, no case, no
 * hyphens, apostrophes or spaces, so that {@code Zoë O'Brien-Smith} and
 * {@code zoe obrien smith} are the same), then by Jaro-Winkler similarity, which was made
 * for people's names in record linkage (Winkler 1990, US Census Bureau) and weights the
 * start of a name, where typing and hearing errors are rarest (ADR 0027).
 */
final class Names {

	/**
	 * Jaro-Winkler at or above this is a similar name: one transposed or mistyped letter
	 * in a name of five or more letters ({@code Jonson}/{@code Johnson} 0.97,
	 * {@code Smyth}/{@code Smith} 0.89), not two unrelated short names
	 * ({@code Smith}/{@code Jones} 0).
	 */
	static final double SIMILAR = 0.88;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private Names() {
	}

	/** Letters and digits only, lower case, diacritics removed; ß becomes ss. */
	static String folded(String name) {
		String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT).replace("ß", "ss"),
				Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** The folded parts of a double-barrelled or several-word name. */
	static List<String> parts(String name) {
		return Arrays.stream(name.split("[\\s\\-‐‑]+")).map(Names::folded).filter((part) -> !part.isEmpty()).toList();
	}

	static boolean same(String a, String b) {
		return folded(a).equals(folded(b));
	}

	/**
	 * Similar: close by Jaro-Winkler, or one name is a whole part of the other (a
	 * double-barrelled family name given by one half).
	 */
	static boolean similar(String a, String b) {
		String left = folded(a);
		String right = folded(b);
		if (left.isEmpty() || right.isEmpty()) {
			return false;
		}
		if (JARO_WINKLER.apply(left, right) >= SIMILAR) {
			return true;
		}
		List<String> leftParts = parts(a);
		List<String> rightParts = parts(b);
		return (leftParts.size() > 1 && leftParts.contains(right))
				|| (rightParts.size() > 1 && rightParts.contains(left));
	}

}
