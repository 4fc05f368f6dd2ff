package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.calendar.BankHolidays;

/**
 * Working days in England: Monday to Friday less the bank holidays of England and Wales
 * ({@link BankHolidays}). The statutory limits of an EHC needs assessment are in weeks
 * and days of the calendar and are not moved by a weekend or a bank holiday (ADR 0031); a
 * caseworker acts by the last working day on or before.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(date);
	}

	/** The date itself when it is a working day, else the last working day before it. */
	public static LocalDate lastOnOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

}
