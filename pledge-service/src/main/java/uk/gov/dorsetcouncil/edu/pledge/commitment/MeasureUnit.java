package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * What a measure counts in, with the values it can take: a target or a value outside them
 * is in the wrong unit (a percentage of 120, a negative count).
 */
public enum MeasureUnit {

	PERCENT(0, 100), COUNT(0, 10_000_000), DAYS(0, 3_650), WEEKS(0, 520),
	/** A survey scale from 0 to 10. */
	SCORE_OUT_OF_10(0, 10), POUNDS(0, 100_000_000);

	private final double least;

	private final double most;

	MeasureUnit(double least, double most) {
		this.least = least;
		this.most = most;
	}

	public boolean holds(double value) {
		return Double.isFinite(value) && value >= this.least && value <= this.most;
	}

	public String range() {
		return "from " + format(this.least) + " to " + format(this.most);
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
