package uk.gov.dorsetcouncil.edu.pledge.workforce;

/**
 * A workforce measure's figure for a term: the rate with what it was made from, or why
 * there is none.
 *
 * @param measure the measure
 * @param title what it measures
 * @param unit {@code PERCENT} or {@code DAYS} (per full-time equivalent)
 * @param state {@code AVAILABLE}, {@code SUPPRESSED} (small numbers, shown as {@code c})
 * or {@code NO_DATA} (nothing submitted, or nothing to divide by)
 * @param value the rate, percent to one decimal place or days to two; null unless
 * available
 * @param numerator what was counted; null unless available
 * @param denominator what it is out of; null unless available
 * @param schools how many schools' figures it is made from
 * @param detail why there is no value, when there is none
 */
public record MeasureFigure(WorkforceMeasure measure, String title, String unit, String state, Double value,
		Number numerator, Number denominator, int schools, String detail) {

	public static final String AVAILABLE = "AVAILABLE";

	public static final String SUPPRESSED = "SUPPRESSED";

	public static final String NO_DATA = "NO_DATA";

	public boolean available() {
		return AVAILABLE.equals(this.state);
	}

}
