package uk.gov.dorsetcouncil.edu.pledge.commitment;

/** Which way a measure gets better. */
public enum Direction {

	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/**
	 * How far a value falls short of the target, as a share of the target in percent: 0
	 * or less meets it. A target of 0 can only be met exactly (lower is better) or by any
	 * value (higher is better), so any shortfall from 0 is unbounded.
	 */
	public double shortfallPercent(double value, double target) {
		double shortfall = (this == HIGHER_IS_BETTER) ? target - value : value - target;
		if (shortfall <= 0) {
			return 0;
		}
		return (target == 0) ? Double.POSITIVE_INFINITY : 100 * shortfall / Math.abs(target);
	}

}
