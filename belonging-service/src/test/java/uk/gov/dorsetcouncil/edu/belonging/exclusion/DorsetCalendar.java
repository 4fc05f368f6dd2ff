package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Dorset's term dates for 2025/26 and 2026/27 (attendance-service's
 * {@code calendar/dorset-term-dates.csv}) with each school's own INSET days: the calendar
 * the tests count on. {@link #after} jumps through an index of school days, as a real
 * calendar would; the reference clock walks {@link #notASchoolDay} a day at a time
 * instead, so the two are counted differently.
 */
public final class DorsetCalendar implements SchoolDays {

	/** First and last day of each term. */
	static final List<LocalDate[]> TERMS = List.of(days("2025-09-03", "2025-12-19"), days("2026-01-05", "2026-03-27"),
			days("2026-04-13", "2026-07-22"), days("2026-09-03", "2026-12-18"), days("2027-01-04", "2027-03-25"),
			days("2027-04-12", "2027-07-21"));

	/** Half terms and bank holidays inside terms. */
	static final List<LocalDate[]> BREAKS = List.of(days("2025-10-27", "2025-10-31"), days("2026-02-16", "2026-02-20"),
			days("2026-05-04", "2026-05-04"), days("2026-05-25", "2026-05-29"), days("2026-10-26", "2026-10-30"),
			days("2027-02-15", "2027-02-19"), days("2027-05-03", "2027-05-03"), days("2027-05-31", "2027-06-04"));

	private final Map<String, Set<LocalDate>> inset;

	private final Map<String, List<LocalDate>> index = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * @param inset each school's INSET days and closures
	 */
	public DorsetCalendar(Map<String, Set<LocalDate>> inset) {
		this.inset = inset;
	}

	@Override
	public Optional<String> notASchoolDay(String urn, LocalDate date) {
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return Optional.of("weekend");
		}
		if (TERMS.stream().noneMatch(term -> within(date, term)) || BREAKS.stream().anyMatch(b -> within(date, b))) {
			return Optional.of("not term time");
		}
		if (this.inset.getOrDefault(urn, Set.of()).contains(date)) {
			return Optional.of("INSET day");
		}
		return Optional.empty();
	}

	@Override
	public LocalDate after(String urn, LocalDate date, int n) {
		List<LocalDate> days = this.index.computeIfAbsent(urn, this::schoolDays);
		int at = Collections.binarySearch(days, date);
		int position = (at >= 0) ? at : -at - 2;
		int target = position + n;
		if (n == 0) {
			return date;
		}
		if (target >= days.size()) {
			// as attendance answers (FAILED_PRECONDITION) and the client refuses it
			throw ProblemException.ruleBroken(List
				.of(new Violation("startDate", "no term dates are held for " + n + " school days after " + date)));
		}
		return days.get(target);
	}

	private List<LocalDate> schoolDays(String urn) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = TERMS.get(0)[0]; !day.isAfter(TERMS.get(TERMS.size() - 1)[1]); day = day.plusDays(1)) {
			if (notASchoolDay(urn, day).isEmpty()) {
				days.add(day);
			}
		}
		return days;
	}

	private static boolean within(LocalDate date, LocalDate[] range) {
		return !date.isBefore(range[0]) && !date.isAfter(range[1]);
	}

	private static LocalDate[] days(String first, String last) {
		return new LocalDate[] { LocalDate.parse(first), LocalDate.parse(last) };
	}

}
