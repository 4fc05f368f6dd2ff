package uk.gov.dorsetcouncil.edu.platform.identifiers;

import java.util.Optional;

/**
 * School identifiers: the URN (6 digits, GIAS) and the DfE number LAESTAB (3-digit LA
 * code and 4-digit establishment number, often written 838/2001).
 */
public final class SchoolIdentifiers {

	private SchoolIdentifiers() {
	}

	public static Optional<String> urnProblem(String urn) {
		if (urn == null || !urn.matches("\\d{6}")) {
			return Optional.of("a URN has 6 digits, got '" + urn + "'");
		}
		return Optional.empty();
	}

	public static Optional<String> laestabProblem(String laestab) {
		if (laestab == null || !laestab.matches("\\d{3}/?\\d{4}")) {
			return Optional
				.of("a LAESTAB is a 3-digit LA code and a 4-digit establishment number, got '" + laestab + "'");
		}
		return Optional.empty();
	}

	/** The LAESTAB in its 7-digit form, without the slash. */
	public static String normaliseLaestab(String laestab) {
		return laestab.replace("/", "");
	}

}
