package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * How long pupils have been on part-time timetables on a day: the figure Dorset reports
 * (244 pupils at the end of 2022/23, 99% of them for over six weeks). A pupil counts
 * once, with the timetable they are on that day; its length runs from its start to that
 * day.
 *
 * @param asOf the day
 * @param pupilsDuringYear pupils on a timetable at any time in the academic year up to
 * that day
 * @param pupilsOn pupils on a timetable that day
 * @param overSixWeeks of them, on it for more than six weeks
 * @param overSixWeeksPercent their share, one decimal place (null when none is on one)
 * @param medianWeeks the median length in whole weeks (null when none)
 * @param bands pupils by length: up to 2 weeks, over 2 to 4, over 4 to 6, over 6 to 12,
 * over 12 to 26, over 26
 */
public record DurationStatistics(LocalDate asOf, int pupilsDuringYear, int pupilsOn, int overSixWeeks,
		Double overSixWeeksPercent, Integer medianWeeks, Map<String, Integer> bands) {

	/** Upper bounds of the bands in weeks (the last is open). */
	static final int[] BAND_WEEKS = { 2, 4, 6, 12, 26 };

	public static DurationStatistics of(List<PartTimeTimetable> timetables, LocalDate yearStart, LocalDate asOf) {
		Map<Upn, PartTimeTimetable> on = new LinkedHashMap<>();
		java.util.Set<Upn> during = new java.util.HashSet<>();
		for (PartTimeTimetable timetable : timetables) {
			if (timetable.overlaps(yearStart, asOf)) {
				during.add(timetable.upn());
			}
			if (timetable.onOn(asOf)) {
				on.merge(timetable.upn(), timetable, (a, b) -> a.startDate().isBefore(b.startDate()) ? a : b);
			}
		}
		List<Long> days = new ArrayList<>();
		on.values().forEach(timetable -> days.add(timetable.daysOnBy(asOf)));
		days.sort(Comparator.naturalOrder());
		int over = (int) days.stream().filter(d -> d > TimetableAlerts.SIX_WEEKS_IN_DAYS).count();
		Map<String, Integer> bands = new LinkedHashMap<>();
		int lower = 0;
		for (int upper : BAND_WEEKS) {
			int from = lower;
			bands.put((from == 0) ? "up to " + upper + " weeks" : "over " + from + " to " + upper + " weeks",
					(int) days.stream().filter(d -> d > from * 7L && d <= upper * 7L).count());
			lower = upper;
		}
		int last = lower;
		bands.put("over " + last + " weeks", (int) days.stream().filter(d -> d > last * 7L).count());
		Double percent = days.isEmpty() ? null : Math.round(1000.0 * over / days.size()) / 10.0;
		Integer median = days.isEmpty() ? null : (int) (days.get((days.size() - 1) / 2) / 7);
		return new DurationStatistics(asOf, during.size(), on.size(), over, percent, median, bands);
	}

}
