package uk.gov.dorsetcouncil.edu.platform.identifiers;

import java.util.Optional;

/**
 * An NHS number: 10 digits, the last a Modulus 11 check digit (NHS Data Dictionary).
 * Spaces and hyphens in the 3-3-4 display form are accepted and dropped.
 */
public record NhsNumber(String value) {

	public NhsNumber {
		value = (value == null) ? null : value.replaceAll("[\\s-]", "");
		String problem = problemWith(value).orElse(null);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	public static Optional<String> problemWith(String raw) {
		if (raw == null || raw.isEmpty()) {
			return Optional.of("an NHS number is required");
		}
		String value = raw.replaceAll("[\\s-]", "");
		if (!value.matches("\\d{10}")) {
			return Optional.of("an NHS number has 10 digits");
		}
		int check = checkDigit(value.substring(0, 9));
		if (check == 10) {
			return Optional.of("NHS number " + value + " cannot be valid: its check digit would be 10");
		}
		if (check != value.charAt(9) - '0') {
			return Optional.of("the check digit of NHS number " + value + " should be " + check);
		}
		return Optional.empty();
	}

	/** The Modulus 11 check digit for nine digits; 10 means no valid number starts so. */
	public static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (nineDigits.charAt(i) - '0') * (10 - i);
		}
		int check = 11 - (sum % 11);
		return (check == 11) ? 0 : check;
	}

	/** The 3-3-4 display form. */
	public String formatted() {
		return this.value.substring(0, 3) + " " + this.value.substring(3, 6) + " " + this.value.substring(6);
	}

}
