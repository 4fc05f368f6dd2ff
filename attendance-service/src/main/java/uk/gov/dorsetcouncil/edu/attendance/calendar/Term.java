package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.util.Locale;

/**
 * The three terms of a school year, as the DfE's termly absence statistics report them. A
 * term's rows in the term dates file are named after it ("Autumn term").
 */
public enum Term {

	AUTUMN, SPRING, SUMMER;

	/** Lower case, as in "autumn term 2026/27". */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean names(TermDates.Period period) {
		return period.kind() == TermDates.Kind.TERM
				&& period.name().strip().toLowerCase(Locale.ROOT).startsWith(label());
	}

}
