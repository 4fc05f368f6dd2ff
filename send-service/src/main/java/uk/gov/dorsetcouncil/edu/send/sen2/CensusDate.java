package uk.gov.dorsetcouncil.edu.send.sen2;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * SEN2's census date: the third Thursday of January, the day of the spring school census
 * (DfE SEN2 guide). Its flows (requests, plans issued, reviews) count the calendar year
 * before it; its plans are those held on the day.
 */
public final class CensusDate {

	private CensusDate() {
	}

	/** The census date of {@code year}. */
	public static LocalDate of(int year) {
		return LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
	}

	/** The latest census date on or before {@code today}. */
	public static LocalDate latestOnOrBefore(LocalDate today) {
		LocalDate thisYear = of(today.getYear());
		return thisYear.isAfter(today) ? of(today.getYear() - 1) : thisYear;
	}

	/** True when {@code date} is the census date of its year. */
	public static boolean is(LocalDate date) {
		return of(date.getYear()).equals(date);
	}

}
