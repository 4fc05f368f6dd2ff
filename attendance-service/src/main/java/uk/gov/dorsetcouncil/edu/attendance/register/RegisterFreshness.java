package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.DayOfWeek;
import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;

/**
 * Whether a school's registers are up to date, counted on the school's own calendar: the
 * school days it was open after its last register, up to yesterday (today's afternoon
 * register may not be sent yet). A weekend, a half term or an INSET day is no missing
 * data; a school that stops sending on a Wednesday is stale by the Friday. Schools must
 * take the register at the start of each morning session and once in the afternoon and
 * share their data daily (DfE, Working together to improve school attendance, 2024;
 * Dorset Attendance Strategy: the same day's data from every school).
 */
public final class RegisterFreshness {

	/**
	 * School days a school may miss before its data is stale: one, so that a register
	 * sent a day late is not an alarm.
	 */
	public static final int ALLOWED_MISSED_SCHOOL_DAYS = 1;

	/** Past a year, the count stops: such a school is stale whatever it is. */
	static final int MOST_DAYS_COUNTED = 366;

	private RegisterFreshness() {
	}

	/**
	 * The school days after {@code lastRegister} up to and including the day before
	 * {@code today}. A day the term dates held do not cover counts as a school day when
	 * it is a weekday (where the calendar is silent, missing data is not excused).
	 */
	public static int missedSchoolDays(SchoolCalendar calendar, LocalDate lastRegister, LocalDate today) {
		LocalDate from = lastRegister.isBefore(today.minusDays(MOST_DAYS_COUNTED)) ? today.minusDays(MOST_DAYS_COUNTED)
				: lastRegister;
		int missed = 0;
		for (LocalDate day = from.plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
			boolean open = calendar.covers(day) ? calendar.isSchoolDay(day)
					: day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
			if (open) {
				missed++;
			}
		}
		return missed;
	}

	/**
	 * Stale: no register ever ({@code lastRegister} null), or more school days missed
	 * than allowed.
	 */
	public static boolean stale(SchoolCalendar calendar, LocalDate lastRegister, LocalDate today) {
		return lastRegister == null || missedSchoolDays(calendar, lastRegister, today) > ALLOWED_MISSED_SCHOOL_DAYS;
	}

}
