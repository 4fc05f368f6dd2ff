package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart's figures (ADR 0044): one bar per group, and reference lines for
 * published figures to compare with (national, South West). The page draws it in the
 * browser with Apache ECharts from {@link #spec()}; the table beside every chart holds
 * the same numbers, and is all a reader without scripts needs. The scale runs from zero
 * to a round number at or above the largest value, so that bars are compared by length
 * honestly. A figure that is not a number (suppressed: "c") has no bar and says so.
 *
 * @param title what the chart shows, its accessible name
 * @param unit the unit of the values, e.g. "%"
 * @param scaleMax the value at the right-hand end of the scale
 * @param bars the bars, in the order given
 * @param references the reference lines
 */
public record BarChart(String title, String unit, double scaleMax, List<Bar> bars, List<Reference> references) {

	/** One group's figure as written, and its number when it has a bar. */
	public record Bar(String label, String shown, Double value) {

		public boolean drawn() {
			return this.value != null;
		}

		/** What a reader is told in place of a bar when there is none. */
		public String inWords() {
			if (drawn()) {
				return this.shown;
			}
			return switch (this.shown) {
				case "c" -> "c (suppressed, not shown)";
				case "" -> "not given";
				default -> this.shown + " (not shown)";
			};
		}

	}

	/** A published figure drawn as a line across the bars. */
	public record Reference(String label, double value) {

	}

	/**
	 * A value to chart: its label, the figure as written, and the number when it is one.
	 */
	public record Value(String label, String shown, Double number) {

	}

	/** The chart of these values against these references (label and value). */
	public static BarChart of(String title, String unit, List<Value> values, List<Value> references) {
		double largest = 0;
		for (Value value : values) {
			largest = Math.max(largest, (value.number() != null) ? value.number() : 0);
		}
		for (Value reference : references) {
			largest = Math.max(largest, (reference.number() != null) ? reference.number() : 0);
		}
		List<Bar> bars = new ArrayList<>();
		for (Value value : values) {
			bars.add(new Bar(value.label(), value.shown(), value.number()));
		}
		List<Reference> lines = new ArrayList<>();
		for (Value reference : references) {
			if (reference.number() != null) {
				lines.add(new Reference(reference.label(), reference.number()));
			}
		}
		return new BarChart(title, unit, roundUp(largest), List.copyOf(bars), List.copyOf(lines));
	}

	/**
	 * What the page's script draws (written as JSON into a data attribute by
	 * {@code web/ChartJson}): the scale, each bar's number (null for none) with what to
	 * say in its place, and the reference lines.
	 */
	public Map<String, Object> spec() {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("unit", this.unit);
		spec.put("max", this.scaleMax);
		spec.put("bars", this.bars.stream().map(bar -> {
			Map<String, Object> shown = new LinkedHashMap<>();
			shown.put("label", bar.label());
			shown.put("value", bar.value());
			shown.put("shown", bar.inWords());
			return shown;
		}).toList());
		spec.put("references", this.references);
		return spec;
	}

	/**
	 * The smallest of 1, 2, 2.5 or 5 times a power of ten at or above the value (1 for
	 * nothing to show), so that the scale's end is a number a reader can use.
	 */
	static double roundUp(double value) {
		if (value <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * power >= value - 1e-9) {
				return step * power;
			}
		}
		return 10 * power;
	}

}
