package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure as the termly Education Board report reads it: the figures computed from
 * the platform's data (none for a recorded measure), their source and as-of day, and the
 * latest value recorded with its evidence (null when none is).
 *
 * @param measure the measure
 * @param figures the computed figures, in order
 * @param source where they come from and how they are counted
 * @param asOf the day they stand for (null for a recorded measure)
 * @param recorded the latest recorded value, or null
 */
public record MeasureValue(BelongingMeasure measure, List<Figure> figures, String source, LocalDate asOf,
		RecordedValue recorded) {

	/**
	 * A figure: a value (a count or a percentage), or a symbol in its place ({@code c}
	 * hidden to protect a small number, {@code z} nothing to compute it from).
	 */
	public record Figure(String name, Double value, String symbol) {

		static Figure of(String name, Double value) {
			return (value == null) ? new Figure(name, null, "z") : new Figure(name, value, null);
		}

	}

}
