package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One school's calendar: the local authority's term dates less the school's own INSET
 * days and closures. Statutory deadlines counted in school days (exclusions, children
 * missing education) use {@link #schoolDaysAfter}.
 */
public final class SchoolCalendar {

	private final TermDates termDates;

	private final Set<LocalDate> closures;

	public SchoolCalendar(TermDates termDates, Set<LocalDate> closures) {
		this.termDates = termDates;
		this.closures = Set.copyOf(closures);
	}

	/**
	 * A weekday in term time that is not a half-term break, bank holiday or a closure of
	 * this school.
	 */
	public boolean isSchoolDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
			return false;
		}
		return this.termDates.inTermTime(date) && !this.closures.contains(date);
	}

	/** Whether the calendar can answer for this date at all. */
	public boolean covers(LocalDate date) {
		return this.termDates.covers(date);
	}

	/**
	 * The date that is {@code n} school days after {@code date} (the date itself not
	 * counted): the 1st school day after a Friday is normally the Monday.
	 * @throws IllegalStateException when the count runs past the term dates held
	 */
	public LocalDate schoolDaysAfter(LocalDate date, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("count school days forward: n must not be negative, got " + n);
		}
		LocalDate day = date;
		int counted = 0;
		while (counted < n) {
			day = day.plusDays(1);
			if (!covers(day)) {
				throw new IllegalStateException("no term dates are held for " + AcademicYear.of(day)
						+ ", so school days cannot be counted past " + day.minusDays(1));
			}
			if (isSchoolDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many school days fall after {@code from} up to and including {@code to}, so
	 * that {@code schoolDaysBetween(d, schoolDaysAfter(d, n)) == n}.
	 * @throws IllegalStateException when the range runs past the term dates held
	 */
	public int schoolDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
		}
		int counted = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (!covers(day)) {
				throw new IllegalStateException("no term dates are held for " + AcademicYear.of(day)
						+ ", so school days cannot be counted past " + day.minusDays(1));
			}
			if (isSchoolDay(day)) {
				counted++;
			}
		}
		return counted;
	}

	/** This school's first school day from {@code from} to {@code to}, if it has one. */
	public Optional<LocalDate> firstSchoolDay(LocalDate from, LocalDate to) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isSchoolDay(day)) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	/** This school's last school day from {@code from} to {@code to}, if it has one. */
	public Optional<LocalDate> lastSchoolDay(LocalDate from, LocalDate to) {
		for (LocalDate day = to; !day.isBefore(from); day = day.minusDays(1)) {
			if (isSchoolDay(day)) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	/** Whether the date is one of this school's own INSET days or closures. */
	public boolean isClosure(LocalDate date) {
		return this.closures.contains(date);
	}

}
