package uk.gov.dorsetcouncil.edu.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days a school meets. Registers are generated only for days this accepts; the
 * platform's own school calendar (term dates plus each school's closures) is the
 * authority, and a loader passes it in.
 */
@FunctionalInterface
public interface SchoolDays {

	boolean isSchoolDay(String urn, LocalDate date);

	/** The school's school days from {@code from} to {@code to}, in order. */
	default java.util.List<LocalDate> between(String urn, LocalDate from, LocalDate to) {
		java.util.List<LocalDate> days = new java.util.ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isSchoolDay(urn, day)) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * An approximation for tests and standalone use: weekdays inside Dorset Council's
	 * terms, minus half terms and in-term bank holidays ({@link DorsetTermDates}), with
	 * no INSET days or school closures.
	 */
	static SchoolDays dorsetTermWeekdays() {
		return (urn, date) -> DorsetTermDates.isTermWeekday(date);
	}

	/** Every weekday: for a single day of England, where no calendar is at hand. */
	static SchoolDays weekdays() {
		return (urn, date) -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
