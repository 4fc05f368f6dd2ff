package uk.gov.dorsetcouncil.edu.synthetic.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

/**
 * Each school's five INSET (training) days in an academic year: teachers work 195 days
 * and pupils attend 190 (School Teachers' Pay and Conditions Document, directed time), so
 * a school closes to pupils on five days of the LA's terms. Schools usually take the
 * first day of each term; the other two are drawn, per school, from the days either side
 * of a holiday (the first day after a half term, the last day of a term), which is where
 * schools commonly put them (assumption). A loader records them as the school's closures
 * in the platform's calendar and generates registers only for the remaining days.
 */
public final class InsetDays {

	private static final int DRAWN = 2;

	private InsetDays() {
	}

	/** The school's INSET days in the academic year, in date order. */
	public static Set<LocalDate> of(long seed, School school, AcademicYear year) {
		List<DorsetTermDates.Span> terms = DorsetTermDates.TERMS.stream()
			.filter(t -> !t.first().isBefore(year.start()) && !t.first().isAfter(year.end()))
			.toList();
		Set<LocalDate> days = new TreeSet<>();
		List<LocalDate> candidates = new ArrayList<>();
		for (DorsetTermDates.Span term : terms) {
			days.add(firstTermWeekday(term.first(), term.last()));
			candidates.add(lastTermWeekday(term.first(), term.last()));
			DorsetTermDates.BREAKS.stream()
				// half terms, not one-day bank holidays
				.filter(b -> term.contains(b.first()) && !b.first().equals(b.last()))
				.forEach(halfTerm -> candidates.add(firstTermWeekday(halfTerm.last().plusDays(1), term.last())));
		}
		candidates.removeAll(days);
		SplittableRandom draws = Draws.stream(seed, Draws.Purpose.INSET, Long.parseLong(school.urn()),
				year.startYear());
		for (int i = 0; i < DRAWN && !candidates.isEmpty(); i++) {
			days.add(candidates.remove(draws.nextInt(candidates.size())));
		}
		return days;
	}

	/** The INSET days of every school, by URN. */
	public static Map<String, Set<LocalDate>> of(long seed, List<School> schools, AcademicYear year) {
		Map<String, Set<LocalDate>> byUrn = new LinkedHashMap<>();
		schools.forEach(s -> byUrn.put(s.urn(), of(seed, s, year)));
		return byUrn;
	}

	/** Dorset's term weekdays without each school's INSET days. */
	public static SchoolDays termWeekdaysWithout(Map<String, Set<LocalDate>> insetDays) {
		return (urn, date) -> DorsetTermDates.isTermWeekday(date)
				&& !insetDays.getOrDefault(urn, Set.of()).contains(date);
	}

	private static LocalDate firstTermWeekday(LocalDate from, LocalDate last) {
		for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
			if (DorsetTermDates.isTermWeekday(d)) {
				return d;
			}
		}
		throw new IllegalStateException("no term weekday from " + from);
	}

	private static LocalDate lastTermWeekday(LocalDate first, LocalDate last) {
		for (LocalDate d = last; !d.isBefore(first); d = d.minusDays(1)) {
			if (DorsetTermDates.isTermWeekday(d)) {
				return d;
			}
		}
		throw new IllegalStateException("no term weekday before " + last);
	}

}
