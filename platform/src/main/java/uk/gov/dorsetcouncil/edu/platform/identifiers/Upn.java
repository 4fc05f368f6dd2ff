package uk.gov.dorsetcouncil.edu.platform.identifiers;

import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A Unique Pupil Number: 13 characters, a check letter then the issuing LA code (3
 * digits), establishment number (4), year of issue (2) and serial (3; a temporary UPN
 * ends in a letter). DfE "Unique pupil numbers" guidance; check letter as in the CIN/903
 * validator rule 1510.
 */
public record Upn(String value) {

	/** The 23 check letters; I, O and S are never used. */
	static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	public Upn {
		String problem = problemWith(value).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** Why a value is not a valid UPN, or empty when it is. */
	public static Optional<String> problemWith(String value) {
		if (value == null || value.isEmpty()) {
			return Optional.of("a UPN is required");
		}
		if (value.length() != 13) {
			return Optional.of("a UPN has 13 characters, '" + value + "' has " + value.length());
		}
		if (LETTERS.indexOf(value.charAt(0)) < 0) {
			return Optional.of("a UPN starts with a check letter (A-Z without I, O, S), not '" + value.charAt(0) + "'");
		}
		for (int i = 1; i < 12; i++) {
			if (!isDigit(value.charAt(i))) {
				return Optional.of("characters 2 to 12 of a UPN are digits; character " + (i + 1) + " is '"
						+ value.charAt(i) + "'");
			}
		}
		char last = value.charAt(12);
		if (!isDigit(last) && LETTERS.indexOf(last) < 0) {
			return Optional
				.of("the 13th character of a UPN is a digit or a letter other than I, O, S; got '" + last + "'");
		}
		int laCode = Integer.parseInt(value.substring(1, 4));
		if (laCode < 201) {
			return Optional.of("characters 2 to 4 of a UPN are the issuing LA's code (201 to 999), not " + laCode);
		}
		char expected = checkLetter(value.substring(1));
		if (value.charAt(0) != expected) {
			return Optional.of("the check letter of UPN " + value + " should be " + expected);
		}
		return Optional.empty();
	}

	/**
	 * A UPN from a request, or a 400 problem naming the field and saying what is wrong.
	 * @param field the request field the value came from, for example {@code upn}
	 */
	public static Upn parse(String field, String value) {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw ProblemException.invalid(field, problem.get());
		}
		return new Upn(value);
	}

	/**
	 * A UPN from a request checked with its other fields: the UPN, or null with a
	 * violation naming the field added, so that every field is reported at once.
	 */
	public static Upn parse(String field, String value, List<Violation> violations) {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			violations.add(new Violation(field, problem.get()));
			return null;
		}
		return new Upn(value);
	}

	/** The check letter for the 12 characters after it. */
	public static char checkLetter(String last12) {
		if (last12.length() != 12) {
			throw new IllegalArgumentException("need the 12 characters after the check letter");
		}
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			char c = last12.charAt(i);
			int weight = i + 2;
			int face = isDigit(c) ? c - '0' : LETTERS.indexOf(c);
			sum += face * weight;
		}
		return LETTERS.charAt(sum % 23);
	}

	/** A full UPN from its 12 characters after the check letter. */
	public static Upn withCheckLetter(String last12) {
		return new Upn(checkLetter(last12) + last12);
	}

	/**
	 * The code of the LA that issued the UPN (838 Dorset; 835 to 837 before April 2019).
	 */
	public String issuingLaCode() {
		return this.value.substring(1, 4);
	}

	public boolean temporary() {
		return !isDigit(this.value.charAt(12));
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
