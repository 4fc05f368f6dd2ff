package uk.gov.dorsetcouncil.edu.platform.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in its one written form: capitals, one space before the inward code
 * ({@code dt1 1xj}, {@code DT11XJ} and {@code DT1  1XJ} are all {@code DT1 1XJ}). The
 * shape is the Royal Mail's: an outward code (area letters, district digits, perhaps a
 * letter) and an inward code of a digit and two letters, never C, I, K, M, O or V (Royal
 * Mail, Postcode Address File programmers' guide; ONS Postcode Directory user guide).
 * {@code GIR 0AA} is the one exception kept.
 */
public record Postcode(String value) {

	private static final Pattern SHAPE = Pattern.compile(
			"([A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9][A-Z]) [0-9][ABD-HJLNP-UW-Z]{2}"
					+ "|GIR 0AA");

	public Postcode {
		value = normalised(value);
		String problem = problemWith(value).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** What is wrong with a postcode as written, once normalised; empty when nothing. */
	public static Optional<String> problemWith(String raw) {
		String value = normalised(raw);
		if (value == null || value.isEmpty()) {
			return Optional.of("a postcode is required");
		}
		if (value.length() > 8 || !SHAPE.matcher(value).matches()) {
			return Optional.of("a UK postcode such as DT1 1XJ: an outward code, a space, a digit and two letters");
		}
		return Optional.empty();
	}

	/**
	 * The sector ({@code DT1 1}): the outward code and the inward digit, a few hundred
	 * addresses, where a family that moved a street away is still found.
	 */
	public String sector() {
		return this.value.substring(0, this.value.length() - 2);
	}

	/**
	 * Capitals without inner spaces, then one space before the last three characters;
	 * null stays null.
	 */
	static String normalised(String raw) {
		if (raw == null) {
			return null;
		}
		String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (compact.length() < 5) {
			return compact;
		}
		return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
	}

}
