package uk.gov.dorsetcouncil.edu.gateway.aggregation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The part of the academic year a dashboard's attendance figures cover: a term (each
 * school's own term dates), or a date range (no last day: up to today), or neither (the
 * academic year to date). The attendance service checks that it lies inside the academic
 * year.
 *
 * @param term AUTUMN, SPRING or SUMMER, or null
 * @param from the first day, or null
 * @param to the last day, or null
 */
public record DashboardPeriod(String term, LocalDate from, LocalDate to) {

	static final Set<String> TERMS = Set.of("AUTUMN", "SPRING", "SUMMER");

	/** Reads the query parameters; every problem is named by its parameter (400). */
	public static DashboardPeriod parse(String term, String from, String to) {
		List<Violation> violations = new ArrayList<>();
		String termAsked = blankToNull(term);
		if (termAsked != null && !TERMS.contains(termAsked)) {
			violations.add(new Violation("term", "AUTUMN, SPRING or SUMMER, not '" + termAsked + "'"));
		}
		LocalDate first = date("from", from, violations);
		LocalDate last = date("to", to, violations);
		if (termAsked != null && (blankToNull(from) != null || blankToNull(to) != null)) {
			violations.add(new Violation("term", "ask for a term or for dates from/to, not both"));
		}
		if (blankToNull(to) != null && blankToNull(from) == null) {
			violations.add(new Violation("from", "a period with a last day needs its first day"));
		}
		if (first != null && last != null && last.isBefore(first)) {
			violations.add(new Violation("to", "the period ends (" + last + ") before it starts (" + first + ")"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new DashboardPeriod(termAsked, first, last);
	}

	/** Neither a term nor dates: the academic year to date. */
	public boolean yearToDate() {
		return this.term == null && this.from == null && this.to == null;
	}

	private static LocalDate date(String field, String value, List<Violation> violations) {
		String asked = blankToNull(value);
		if (asked == null) {
			return null;
		}
		return DateBounds.parse(field, asked, violations);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
