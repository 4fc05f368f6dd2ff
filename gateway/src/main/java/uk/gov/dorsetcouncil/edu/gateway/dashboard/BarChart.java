package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (ADR 0033): one bar per group, and
 * reference lines for published figures to compare with (national, South West). The scale
 * runs from zero to a round number at or above the largest value, so that bars are
 * compared by length honestly. A figure that is not a number (suppressed: "c") has no bar
 * and says so; the table beside every chart holds the same numbers.
 *
 * @param title what the chart shows, its accessible name
 * @param unit the unit of the values, e.g. "%"
 * @param scaleMax the value at the right-hand end of the scale
 * @param bars the bars, in the order given
 * @param references the reference lines
 */
public record BarChart(String title, String unit, double scaleMax, List<Bar> bars, List<Reference> references) {

	/** Width of the plotting area in the SVG's units; labels take the left. */
	public static final int PLOT_WIDTH = 420;

	public static final int LABEL_WIDTH = 170;

	public static final int ROW_HEIGHT = 26;

	/** One group's figure: its bar's length as a share of the scale, 0 for no bar. */
	public record Bar(String label, String shown, double share, boolean drawn) {

		public double width() {
			return this.share * PLOT_WIDTH;
		}

	}

	/** A published figure drawn as a line across the bars. */
	public record Reference(String label, double value, double share) {

		public double x() {
			return LABEL_WIDTH + this.share * PLOT_WIDTH;
		}

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
		double scaleMax = roundUp(largest);
		List<Bar> bars = new ArrayList<>();
		for (Value value : values) {
			boolean drawn = value.number() != null;
			bars.add(new Bar(value.label(), value.shown(), drawn ? value.number() / scaleMax : 0, drawn));
		}
		List<Reference> lines = new ArrayList<>();
		for (Value reference : references) {
			if (reference.number() != null) {
				lines.add(new Reference(reference.label(), reference.number(), reference.number() / scaleMax));
			}
		}
		return new BarChart(title, unit, scaleMax, List.copyOf(bars), List.copyOf(lines));
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int rowHeight() {
		return ROW_HEIGHT;
	}

	/** The SVG's height: a row per bar, and room for the scale and the references. */
	public int height() {
		return this.bars.size() * ROW_HEIGHT + 30 + this.references.size() * 16;
	}

	public int width() {
		return LABEL_WIDTH + PLOT_WIDTH + 60;
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
