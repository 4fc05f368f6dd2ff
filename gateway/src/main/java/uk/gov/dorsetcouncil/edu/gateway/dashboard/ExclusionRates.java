package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Suspension and permanent exclusion rates of an area, split by one dimension, as the
 * belonging service answered them for the viewer ({@code /api/v1/belonging/rates}), with
 * the published figures to compare with and the comparators it holds no figure for.
 *
 * @param areaType LOCAL_AUTHORITY, LOCALITY or SCHOOL
 * @param area the area's id
 * @param academicYear for example 2026/27
 * @param term AUTUMN, SPRING, SUMMER, or "" for the whole year
 * @param basis how the figures are counted, in the service's words
 * @param by the dimension the groups split by
 * @param suppressed whether small numbers were hidden from the viewer
 * @param total the area's figures
 * @param groups each group's
 * @param references the published figures to compare with
 * @param comparatorsNotHeld comparators with no figure held (South West, so far)
 * @param asOf when the figures were worked out
 */
public record ExclusionRates(String areaType, String area, String academicYear, String term, String basis, String by,
		boolean suppressed, Row total, List<Row> groups, List<AreaFigures.Comparison> references,
		List<String> comparatorsNotHeld, String asOf) {

	public ExclusionRates {
		groups = List.copyOf(groups);
		references = List.copyOf(references);
		comparatorsNotHeld = List.copyOf(comparatorsNotHeld);
	}

	/**
	 * The rates charted, in the belonging service's names for their published figures.
	 */
	public enum Measure {

		SUSPENSION("suspension_rate", "Suspensions per 100 pupils"),
		PERMANENT_EXCLUSION("permanent_exclusion_rate", "Permanent exclusions per 100 pupils"),
		ONE_OR_MORE_SUSPENSION("one_or_more_suspension_rate", "Pupils with one or more suspensions per 100 pupils");

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
				case SUSPENSION -> row.suspensionRate();
				case PERMANENT_EXCLUSION -> row.permanentExclusionRate();
				case ONE_OR_MORE_SUSPENSION -> row.oneOrMoreSuspensionRate();
			};
		}

	}

	/** One group's figures (or the area's total, group "all"). */
	public record Row(String group, ShownFigure enrolments, ShownFigure suspensions, ShownFigure permanentExclusions,
			ShownFigure pupilsSuspended, ShownFigure suspensionRate, ShownFigure permanentExclusionRate,
			ShownFigure oneOrMoreSuspensionRate) {

		/** The group as a reader names it: "PRIMARY" as "Primary", a URN as it is. */
		public String groupInWords() {
			return Words.sentence(this.group);
		}

	}

	/**
	 * A chart of one rate: the area's total first, then each group, against the latest
	 * published figure of each comparator held. A hidden rate has no bar and says "c".
	 */
	public BarChart chart(Measure measure) {
		List<BarChart.Value> values = new ArrayList<>();
		values.add(AreaFigures.AttendanceTable.value(areaName() + " (all)", measure.of(this.total)));
		for (Row row : this.groups) {
			values.add(AreaFigures.AttendanceTable.value(row.groupInWords(), measure.of(row)));
		}
		return BarChart.of(measure.title() + ", by " + Words.sentence(this.by).toLowerCase(java.util.Locale.ROOT), "",
				values,
				AreaFigures.Comparison.references(AreaFigures.Comparison.latest(this.references, measure.reference)));
	}

	/** The area as the pages name it. */
	public String areaName() {
		return switch (this.areaType) {
			case "LOCAL_AUTHORITY" -> "Dorset";
			case "LOCALITY" -> Words.sentence(this.area);
			case "SCHOOL" -> "School " + this.area;
			default -> this.area;
		};
	}

	/** The period in words: "2026/27, autumn term" or "2026/27, the whole year". */
	public String periodInWords() {
		return this.academicYear + ", " + (this.term.isEmpty() ? "the whole year"
				: Words.sentence(this.term).toLowerCase(java.util.Locale.ROOT) + " term");
	}

	/**
	 * What is missing from the comparison, said plainly so a gap is never read as a
	 * figure: "No South West figure is held." or "".
	 */
	public String notHeldInWords() {
		if (this.comparatorsNotHeld.isEmpty()) {
			return "";
		}
		return "No " + String.join(" or ", this.comparatorsNotHeld) + " figure is held, so none is shown.";
	}

}
