package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.LocalDate;

/** A run of days, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a date range cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

}
