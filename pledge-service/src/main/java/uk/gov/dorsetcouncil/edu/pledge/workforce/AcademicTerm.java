package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A school term the platform knows, for which schools submit their workforce figures.
 *
 * @param id its code, for example {@code 2026-27-AUTUMN}
 * @param title in words, for example {@code 2026/27 autumn term}
 * @param firstDay its first day
 * @param lastDay its last day
 */
public record AcademicTerm(String id, String title, LocalDate firstDay, LocalDate lastDay) {

	public AcademicTerm {
		if (lastDay.isBefore(firstDay)) {
			throw new IllegalArgumentException("the term " + id + " ends before it starts");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.firstDay) && !day.isAfter(this.lastDay);
	}

	/**
	 * The weekdays from its first day to its last: the most days one member of staff can
	 * be absent in the term, so that days lost are never more than headcount times this.
	 */
	public long weekdays() {
		return this.firstDay.datesUntil(this.lastDay.plusDays(1))
			.filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY)
			.count();
	}

}
