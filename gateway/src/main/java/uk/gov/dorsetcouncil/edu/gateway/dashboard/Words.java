package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Locale;

/** The API's names in words a reader expects: ANNUAL_REVIEW, possibleSessions. */
final class Words {

	private Words() {
	}

	/** "ANNUAL_REVIEW" or "possibleSessions" as "Annual review", "Possible sessions". */
	static String sentence(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		String spaced = name.contains("_") ? name.replace('_', ' ') : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
		String lower = spaced.toLowerCase(Locale.ROOT).trim();
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
