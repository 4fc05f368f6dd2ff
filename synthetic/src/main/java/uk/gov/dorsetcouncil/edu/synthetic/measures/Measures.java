package uk.gov.dorsetcouncil.edu.synthetic.measures;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.synthetic.measures.ExpectedFigures.Dimension;

/**
 * The expected figures: by dimension and group, illness as a percentage of possible
 * sessions by month, unresolved {@code N} marks and the dates they span, and the marks
 * that should never occur (outside a pupil's roll dates, or for a pupil never enrolled).
 */
public record Measures(Map<Dimension, Map<String, Figures>> figures, Map<Month, Double> illnessByMonth,
		long unresolvedMarks, LocalDate firstUnresolved, LocalDate lastUnresolved, long marksOutsideRoll,
		long marksForUnknownPupils) {

	public Figures overall() {
		return get(Dimension.ALL, "all");
	}

	public Figures get(Dimension dimension, String group) {
		Figures f = this.figures.getOrDefault(dimension, Map.of()).get(group);
		if (f == null) {
			throw new IllegalArgumentException("no figures for " + dimension + " " + group);
		}
		return f;
	}

}
