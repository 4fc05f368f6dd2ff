package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part-time timetables as the belonging service answers them for the viewer's schools:
 * how long pupils have been on them ({@code /part-time-timetables/statistics}) and the
 * timetables raising an alert ({@code /part-time-timetables/alerts}).
 */
public final class PartTimeTimetables {

	private PartTimeTimetables() {
	}

	/**
	 * How long pupils have been on a part-time timetable in an academic year.
	 *
	 * @param asOf the day the lengths are counted to (the year's end, or today)
	 * @param pupilsDuringYear pupils on one at any time in the year
	 * @param pupilsOn pupils on one on that day
	 * @param overSixWeeks of those, on one for over six weeks
	 * @param overSixWeeksPercent their share, or "" when none is on one
	 * @param medianWeeks the median length in weeks, or ""
	 * @param bands pupils by length, in the service's order
	 */
	public record Statistics(String asOf, ShownFigure pupilsDuringYear, ShownFigure pupilsOn, ShownFigure overSixWeeks,
			ShownFigure overSixWeeksPercent, ShownFigure medianWeeks, Map<String, ShownFigure> bands) {

		public Statistics {
			bands = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bands));
		}

		/** Pupils on a timetable now by how long they have been on it. */
		public BarChart chart() {
			List<BarChart.Value> values = new ArrayList<>();
			this.bands.forEach((band, pupils) -> values.add(AreaFigures.AttendanceTable.value(band, pupils)));
			return BarChart.of("Pupils on a part-time timetable on " + this.asOf + ", by how long", "", values,
					List.of());
		}

	}

	/** One timetable raising alerts, and what they are. */
	public record Alerted(String id, String upn, String schoolUrn, String startDate, String endDate,
			double hoursPerWeek, String reason, long daysSoFar, List<String> alerts) {

		public Alerted {
			alerts = List.copyOf(alerts);
		}

		/** The alerts in words: "Over six weeks; Review overdue". */
		public String alertsInWords() {
			return String.join("; ", this.alerts.stream().map(Words::sentence).toList());
		}

		/** "Not set" when the school has not agreed an end. */
		public String endInWords() {
			return this.endDate.isEmpty() ? "not set" : this.endDate;
		}

	}

	/** The alerts a list can be filtered by, as the belonging service names them. */
	public static final List<String> ALERTS = List.of("OVER_SIX_WEEKS", "REVIEW_OVERDUE", "NO_END_DATE", "NO_C2_MARKS");

	/** A page of the timetables raising alerts, and how many there are in all. */
	public record AlertPage(long total, List<Alerted> timetables) {

		public AlertPage {
			timetables = List.copyOf(timetables);
		}

		/**
		 * Those at one school (a school's page), or all on the page for "": the API
		 * answers the viewer's own schools, the drill-down narrows them.
		 */
		public List<Alerted> at(String urn) {
			return urn.isEmpty() ? this.timetables
					: this.timetables.stream().filter(t -> t.schoolUrn().equals(urn)).toList();
		}

		/** Whether the API holds more than this page. */
		public boolean morePages() {
			return this.total > this.timetables.size();
		}

	}

}
