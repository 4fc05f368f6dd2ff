package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;

/**
 * An area's dashboard (a school, a locality, the county) as the API answered it for the
 * viewer: the attendance figures with the published figures to compare with, and the
 * children who need help now by reason. Each part may be unavailable or withheld; the
 * page says so.
 */
public record AreaFigures(String areaType, String areaId, String periodBasis, String asOf,
		Part<AttendanceTable> attendance, Part<NeedingHelp> needingHelp) {

	/** The measures the overview charts, in the attendance service's names. */
	public enum Measure {

		OVERALL_ABSENCE("overall_absence_rate", "Overall absence rate"),
		PERSISTENT_ABSENCE("persistent_absence_rate", "Persistent absence rate (10% or more of sessions missed)"),
		SEVERE_ABSENCE("severe_absence_rate", "Severe absence rate (50% or more of sessions missed)");

		private final String reference;

		private final String title;

		Measure(String reference, String title) {
			this.reference = reference;
			this.title = title;
		}

		public String title() {
			return this.title;
		}

		ShownFigure of(Row row) {
			return switch (this) {
				case OVERALL_ABSENCE -> row.overallAbsenceRate();
				case PERSISTENT_ABSENCE -> row.persistentAbsenceRate();
				case SEVERE_ABSENCE -> row.severeAbsenceRate();
			};
		}

	}

	/**
	 * The attendance figures: the area's total and its groups (by locality, phase or
	 * school).
	 */
	public record AttendanceTable(String basis, String asOf, String marksUpTo, boolean suppressed, Row total,
			List<Row> groups, List<Comparison> comparisons) {

		/** The groups of one dimension, e.g. LOCALITY or SCHOOL. */
		public List<Row> groupsBy(String dimension) {
			return this.groups.stream().filter(row -> row.dimension().equals(dimension)).toList();
		}

		/** The dimensions the groups come in, in the order the API gave them. */
		public List<String> dimensions() {
			return this.groups.stream().map(Row::dimension).distinct().toList();
		}

		/**
		 * A chart of one measure across the groups of one dimension, with the area's
		 * total first, against the latest published figure of each comparator (national,
		 * South West) for all pupils.
		 */
		public BarChart chart(Measure measure, String dimension) {
			List<BarChart.Value> values = new java.util.ArrayList<>();
			values.add(value(this.total.group() + " (all)", measure.of(this.total)));
			for (Row row : groupsBy(dimension)) {
				values.add(value(row.group(), measure.of(row)));
			}
			return BarChart.of(measure.title(), "%", values,
					Comparison.references(Comparison.latest(this.comparisons, measure.reference)));
		}

		/** Each comparator's latest figure for a measure, for all pupils. */
		public List<Comparison> latestByComparator(Measure measure) {
			return Comparison.latest(this.comparisons, measure.reference);
		}

		static BarChart.Value value(String label, ShownFigure figure) {
			return new BarChart.Value(label, figure.shown(), figure.number());
		}

	}

	/** One group's figures (or the area's total). */
	public record Row(String dimension, String group, ShownFigure enrolments, ShownFigure possibleSessions,
			ShownFigure overallAbsenceRate, ShownFigure persistentAbsentees, ShownFigure persistentAbsenceRate,
			ShownFigure severeAbsentees, ShownFigure severeAbsenceRate) {

	}

	/**
	 * A published figure to compare with, with its source and whether it is confirmed.
	 */
	public record Comparison(String measure, String comparator, String group, String period, double value,
			String source, boolean confirmed) {

		/**
		 * Each comparator's latest figure for a measure, for all pupils: the lines a
		 * chart draws (periods are named so that their order is the order of their
		 * names).
		 */
		public static List<Comparison> latest(List<Comparison> comparisons, String measure) {
			Map<String, Comparison> latest = new LinkedHashMap<>();
			comparisons.stream()
				.filter(c -> c.measure().equals(measure) && c.group().equals("all"))
				.sorted(Comparator.comparing(Comparison::period))
				.forEach(c -> latest.put(c.comparator(), c));
			return List.copyOf(latest.values());
		}

		/** The figures as a chart's reference lines, each labelled with its period. */
		static List<BarChart.Value> references(List<Comparison> comparisons) {
			return comparisons.stream()
				.map(c -> new BarChart.Value(c.comparator() + " " + c.period(), Double.toString(c.value()), c.value()))
				.toList();
		}

	}

	/** The children on the "needs help now" list, by reason. */
	public record NeedingHelp(String basis, String asOf, boolean suppressed, ShownFigure children,
			List<ReasonCount> byReason, ShownFigure severelyAbsent, ShownFigure severelyAbsentWithCurrentPlan) {

	}

	public record ReasonCount(String reason, ShownFigure children) {

	}

}
