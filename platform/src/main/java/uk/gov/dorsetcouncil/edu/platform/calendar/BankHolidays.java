package uk.gov.dorsetcouncil.edu.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bank holidays of England and Wales: the Banking and Financial Dealings Act 1971 Sch
 * 1, the usual proclamations (early May, spring and summer bank holidays) and those that
 * moved or added a day, as gov.uk/bank-holidays lists them. Worked out, so that a year
 * not yet listed has its usual days; a proclamation for a new year is a row here.
 */
public final class BankHolidays {

	/** Days proclaimed in place of, or besides, the usual ones (gov.uk/bank-holidays). */
	private static final Map<LocalDate, LocalDate> MOVED = Map.of(
			// early May moved to VE Day's 75th anniversary
			LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),
			// the spring bank holiday moved for the Platinum Jubilee
			LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));

	/**
	 * Days proclaimed besides the usual ones: the Platinum Jubilee, the State Funeral of
	 * Queen Elizabeth II and the Coronation of King Charles III.
	 */
	private static final Set<LocalDate> ADDED = Set.of(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19),
			LocalDate.of(2023, 5, 8));

	private BankHolidays() {
	}

	public static boolean isBankHoliday(LocalDate date) {
		return inYear(date.getYear()).contains(date);
	}

	/** The bank holidays of England and Wales in a year, substitute days included. */
	public static Set<LocalDate> inYear(int year) {
		Set<LocalDate> days = new HashSet<>();
		days.add(substituteMonday(LocalDate.of(year, 1, 1)));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(moved(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
		days.add(moved(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
		days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
		switch (christmas.getDayOfWeek()) {
			// both fall at the weekend: Monday and Tuesday instead
			case SATURDAY -> {
				days.add(LocalDate.of(year, 12, 27));
				days.add(LocalDate.of(year, 12, 28));
			}
			// Boxing Day is the Monday, Christmas Day's substitute the Tuesday
			case SUNDAY -> {
				days.add(LocalDate.of(year, 12, 26));
				days.add(LocalDate.of(year, 12, 27));
			}
			// Boxing Day on a Saturday: the Monday instead
			case FRIDAY -> {
				days.add(christmas);
				days.add(LocalDate.of(year, 12, 28));
			}
			default -> {
				days.add(christmas);
				days.add(LocalDate.of(year, 12, 26));
			}
		}
		ADDED.stream().filter(day -> day.getYear() == year).forEach(days::add);
		return days;
	}

	private static LocalDate moved(LocalDate usual) {
		return MOVED.getOrDefault(usual, usual);
	}

	private static LocalDate substituteMonday(LocalDate day) {
		return switch (day.getDayOfWeek()) {
			case SATURDAY -> day.plusDays(2);
			case SUNDAY -> day.plusDays(1);
			default -> day;
		};
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, Meeus). */
	public static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}

}
