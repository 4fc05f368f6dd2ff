package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.DayOfWeek;
import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.calendar.BankHolidays;

/**
 * Working days as the appeal timings count them: Monday to Friday, not a bank holiday in
 * England and Wales ({@link BankHolidays}). School holidays are working days: the council
 * works through them.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !BankHolidays.isBankHoliday(date);
	}

	/**
	 * The {@code days}-th working day after {@code from} ("within 20 working days of
	 * receipt": the day received is not counted, the last day is).
	 */
	public static LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
