package uk.gov.dorsetcouncil.edu.attendance.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.input.TextField;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * What a caller knows of the child it looks for. Never a wildcard: a query names a family
 * name and a date of birth, or an NHS number (ADR 0027); the other fields raise or lower
 * the score of each candidate. Null fields are not given.
 */
public record ChildQuery(String familyName, String givenName, LocalDate dateOfBirth, Postcode postcode,
		NhsNumber nhsNumber) {

	/**
	 * The query from fields as written (null or empty: not given), refused with a problem
	 * naming every field at fault, or naming what is missing when it is too weak.
	 */
	public static ChildQuery of(String familyName, String givenName, String dateOfBirth, String postcode,
			String nhsNumber) {
		List<Violation> violations = new ArrayList<>();
		String family = name("familyName", familyName, violations);
		String given = name("givenName", givenName, violations);
		LocalDate born = given(dateOfBirth) ? DateBounds.parse("dateOfBirth", dateOfBirth, violations) : null;
		Postcode home = given(postcode)
				? parsed("postcode", postcode, Postcode.problemWith(postcode), violations).map(Postcode::new)
					.orElse(null)
				: null;
		NhsNumber nhs = given(nhsNumber)
				? parsed("nhsNumber", nhsNumber, NhsNumber.problemWith(nhsNumber), violations).map(NhsNumber::new)
					.orElse(null)
				: null;
		if (violations.isEmpty() && nhs == null && (family == null || born == null)) {
			// The gateway refuses such a query naming what is missing; checked again
			// here.
			violations.add(new Violation((family == null) ? "familyName" : "dateOfBirth",
					"a search names " + MINIMUM + "; partial names, dates alone and postcodes alone find too many"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new ChildQuery(family, given, born, home, nhs);
	}

	/** The least a query names, as the problem words it. */
	public static final String MINIMUM = "a family name and a date of birth, or an NHS number";

	/**
	 * The dates of birth a pupil compared with this query may have: as given, or day and
	 * month swapped.
	 */
	Set<LocalDate> datesOfBirth() {
		Set<LocalDate> dates = new LinkedHashSet<>();
		if (this.dateOfBirth != null) {
			dates.add(this.dateOfBirth);
			DatesOfBirth.swapped(this.dateOfBirth).ifPresent(dates::add);
		}
		return dates;
	}

	private static boolean given(String value) {
		return value != null && !value.isBlank();
	}

	private static String name(String field, String value, List<Violation> violations) {
		if (!given(value)) {
			return null;
		}
		String checked = TextField.NAME.check(field, value, violations);
		return (checked != null) ? checked.strip() : null;
	}

	private static Optional<String> parsed(String field, String value, Optional<String> problem,
			List<Violation> violations) {
		problem.ifPresent((reason) -> violations.add(new Violation(field, reason)));
		return problem.isPresent() ? Optional.empty() : Optional.of(value);
	}

}
