package uk.gov.dorsetcouncil.edu.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Dorset Council's term dates for 2025/26 and 2026/27, the same rows as the attendance
 * service's calendar
 * (attendance-service/src/main/resources/calendar/dorset-term-dates.csv, from Dorset
 * Council's published term and holiday dates). A weekday in a term and outside its half
 * term and bank holidays is taken as a school day: an approximation, because each school
 * also closes for about five INSET days a year, which this does not know.
 */
public final class DorsetTermDates {

	record Span(LocalDate first, LocalDate last) {

		boolean contains(LocalDate date) {
			return !date.isBefore(this.first) && !date.isAfter(this.last);
		}

	}

	static final List<Span> TERMS = List.of(span("2025-09-03", "2025-12-19"), span("2026-01-05", "2026-03-27"),
			span("2026-04-13", "2026-07-22"), span("2026-09-03", "2026-12-18"), span("2027-01-04", "2027-03-25"),
			span("2027-04-12", "2027-07-21"));

	/** Half terms and in-term bank holidays. */
	static final List<Span> BREAKS = List.of(span("2025-10-27", "2025-10-31"), span("2026-02-16", "2026-02-20"),
			span("2026-05-04", "2026-05-04"), span("2026-05-25", "2026-05-29"), span("2026-10-26", "2026-10-30"),
			span("2027-02-15", "2027-02-19"), span("2027-05-03", "2027-05-03"), span("2027-05-31", "2027-06-04"));

	/** The first and last days with term dates here. */
	public static final LocalDate FIRST_DAY = TERMS.get(0).first();

	public static final LocalDate LAST_DAY = TERMS.get(TERMS.size() - 1).last();

	private DorsetTermDates() {
	}

	public static boolean isTermWeekday(LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		return TERMS.stream().anyMatch(t -> t.contains(date)) && BREAKS.stream().noneMatch(b -> b.contains(date));
	}

	private static Span span(String first, String last) {
		return new Span(LocalDate.parse(first), LocalDate.parse(last));
	}

}
