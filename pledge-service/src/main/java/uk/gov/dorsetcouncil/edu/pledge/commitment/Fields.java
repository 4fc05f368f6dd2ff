package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Reads a request's fields, collecting every field that is wrong with its path (for
 * example {@code measures[2].target}), so that one answer names them all and nothing is
 * stored. Each reader returns null for a missing or wrong value after noting why.
 */
public final class Fields {

	private final List<Violation> violations = new ArrayList<>();

	public void reject(String field, String detail) {
		this.violations.add(new Violation(field, detail));
	}

	public boolean ok() {
		return this.violations.isEmpty();
	}

	/** How many problems are noted so far. */
	public int count() {
		return this.violations.size();
	}

	/** The problems noted so far. */
	public List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	/** Refuses the request with every field that was wrong, if any. */
	public void throwIfAny() {
		if (!this.violations.isEmpty()) {
			throw ProblemException.invalid(List.copyOf(this.violations));
		}
	}

	public String text(String field, String value, TextField kind, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		String problem = kind.problemWith(value).orElse(null);
		if (problem != null) {
			reject(field, problem);
			return null;
		}
		return value.strip();
	}

	public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required; one of " + names(type));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reject(field, "is one of " + names(type));
			return null;
		}
	}

	public LocalDate date(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required, a date such as 2026-12-07");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			reject(field, "is a date such as 2026-12-07");
			return null;
		}
	}

	/** A link a reader can follow: https only, with a host. */
	public String link(String field, String value, boolean required) {
		String text = text(field, value, TextField.LINE, required);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				reject(field, "is an https link with a host");
				return null;
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			reject(field, "is an https link with a host");
			return null;
		}
	}

	public Double number(String field, Double value, boolean required) {
		if (value == null) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		if (!Double.isFinite(value)) {
			reject(field, "is a finite number");
			return null;
		}
		return value;
	}

	/** A code: capitals, digits and underscores, starting with a letter, at most 40. */
	public String code(String field, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				reject(field, "is required");
			}
			return null;
		}
		if (!value.matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
			reject(field, "is a code of letters, digits and underscores, starting with a letter, at most 40");
			return null;
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/**
	 * A point in time: an instant such as {@code 2026-12-07T10:00:00Z}, or a date,
	 * meaning the end of that day (UTC).
	 */
	public static Instant instant(String field, String value) {
		Instant instant;
		try {
			instant = Instant.parse(value.strip());
		}
		catch (DateTimeParseException notInstant) {
			try {
				instant = LocalDate.parse(value.strip())
					.plusDays(1)
					.atStartOfDay(java.time.ZoneOffset.UTC)
					.toInstant()
					.minusMillis(1);
			}
			catch (java.time.DateTimeException notDate) {
				throw ProblemException.invalid(field,
						"is an instant such as 2026-12-07T10:00:00Z or a date such as 2026-12-07 (its end)");
			}
		}
		// a year the platform can hold; a date at the end of time overflows its day's end
		if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
			throw ProblemException.invalid(field, "is between the years 2000 and 2999");
		}
		return instant;
	}

	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2999-12-31T23:59:59Z");

	private static <E extends Enum<E>> String names(Class<E> type) {
		return Arrays.toString(type.getEnumConstants());
	}

}
