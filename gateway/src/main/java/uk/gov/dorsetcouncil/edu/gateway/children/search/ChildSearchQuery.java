package uk.gov.dorsetcouncil.edu.gateway.children.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A search for one child as the gateway passes it on: every field checked, written in its
 * one form (postcode {@code DT1 1XJ}, NHS number ten digits), and strong enough. Never a
 * wildcard: a family name and a date of birth, or an NHS number, or the search is refused
 * naming what is missing (ADR 0027). Attendance checks the same again. Null: not given.
 */
public record ChildSearchQuery(String familyName, String givenName, LocalDate dateOfBirth, String postcode,
		String nhsNumber) {

	/** The least a search names, as the problem says it. */
	public static final String MINIMUM = "a family name and a date of birth, or an NHS number";

	/**
	 * The query from a search body's fields (null or blank: not given), or a 400 problem
	 * naming every field at fault, or what is missing.
	 */
	public static ChildSearchQuery of(String familyName, String givenName, String dateOfBirth, String postcode,
			String nhsNumber) {
		List<Violation> violations = new ArrayList<>();
		String family = name("familyName", familyName, violations);
		String given = name("givenName", givenName, violations);
		LocalDate born = DateBounds.parse("dateOfBirth", dateOfBirth, violations);
		String home = identifier("postcode", postcode, violations);
		String nhs = identifier("nhsNumber", nhsNumber, violations);
		if (violations.isEmpty()) {
			for (String missing : missing(family != null, born != null, nhs != null)) {
				violations.add(new Violation(missing, "a search names " + MINIMUM + "; add " + missing
						+ " (partial names, a date alone or a postcode alone would find too many children)"));
			}
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new ChildSearchQuery(family, given, born, home, nhs);
	}

	/** The fields to add to a query too weak to send; none when it is strong enough. */
	static List<String> missing(boolean familyName, boolean dateOfBirth, boolean nhsNumber) {
		List<String> missing = new ArrayList<>();
		if (!nhsNumber) {
			if (!familyName) {
				missing.add("familyName");
			}
			if (!dateOfBirth) {
				missing.add("dateOfBirth");
			}
		}
		return missing;
	}

	private static String name(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String checked = TextField.NAME.check(field, value, violations);
		return (checked != null) ? checked.strip() : null;
	}

	private static String identifier(String field, String value, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		java.util.Optional<String> problem = field.equals("postcode") ? Postcode.problemWith(value)
				: NhsNumber.problemWith(value);
		if (problem.isPresent()) {
			violations.add(new Violation(field, problem.get()));
			return null;
		}
		return field.equals("postcode") ? new Postcode(value).value() : new NhsNumber(value).value();
	}

}
