package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;
import java.time.Month;

/**
 * The term a suspension falls in, as the school census divides the year: autumn from 1
 * August to 31 December, spring from 1 January to Easter Sunday, summer from the day
 * after Easter Sunday to 31 July. The calendar contract names no terms, and the governing
 * board's thresholds are per term, so the census' terms are used (ADR 0028). A suspension
 * belongs to the term in which it starts.
 *
 * @param academicYear the calendar year the academic year starts in (2026 for 2026/27)
 * @param season which term
 */
public record CensusTerm(int academicYear, Season season) {

	public enum Season {

		AUTUMN, SPRING, SUMMER

	}

	public static CensusTerm of(LocalDate date) {
		int year = date.getYear();
		if (date.getMonthValue() >= Month.AUGUST.getValue()) {
			return new CensusTerm(year, Season.AUTUMN);
		}
		Season season = date.isAfter(easterSunday(year)) ? Season.SUMMER : Season.SPRING;
		return new CensusTerm(year - 1, season);
	}

	/** The academic year a date falls in, 1 August to 31 July (its start year). */
	public static int academicYearOf(LocalDate date) {
		return (date.getMonthValue() >= Month.AUGUST.getValue()) ? date.getYear() : date.getYear() - 1;
	}

	/**
	 * The start year of an academic year written like 2026/27, or a problem naming the
	 * parameter {@code year}.
	 */
	public static int academicYearNamed(String label) {
		if (!label.matches("20\\d\\d/\\d\\d")
				|| (Integer.parseInt(label.substring(0, 4)) + 1) % 100 != Integer.parseInt(label.substring(5))) {
			throw uk.gov.dorsetcouncil.edu.platform.problem.ProblemException.invalid("year",
					"an academic year written like 2026/27, not '" + label + "'");
		}
		return Integer.parseInt(label.substring(0, 4));
	}

	public static String academicYearLabel(int startYear) {
		return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
	static LocalDate easterSunday(int year) {
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
