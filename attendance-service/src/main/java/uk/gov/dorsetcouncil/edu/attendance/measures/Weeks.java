package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;

/**
 * Weeks of an academic year for trends: Monday to Sunday, week 0 being the week that
 * contains 1 August.
 */
public final class Weeks {

	private Weeks() {
	}

	/** Days from the Monday of week 0 to 1 August. */
	static int offset(AcademicYear year) {
		return year.firstDay().getDayOfWeek().getValue() - 1;
	}

	public static int count(AcademicYear year) {
		return (year.lengthInDays() + offset(year) + 6) / 7;
	}

	public static LocalDate commencing(AcademicYear year, int week) {
		return year.firstDay().minusDays(offset(year)).plusWeeks(week);
	}

}
