package uk.gov.dorsetcouncil.edu.pledge.report;

import java.math.BigDecimal;

import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureUnit;

/**
 * A figure in words a parent or a pupil reads without a key: a percentage with its sign,
 * days and weeks named, a score out of 10, pounds with the pound sign; a whole number
 * without a decimal point.
 */
public final class PlainNumber {

	private PlainNumber() {
	}

	public static String of(double value, MeasureUnit unit) {
		String number = number(value);
		return switch (unit) {
			case PERCENT -> number + "%";
			case COUNT -> number;
			case DAYS -> number + ((value == 1) ? " day" : " days");
			case WEEKS -> number + ((value == 1) ? " week" : " weeks");
			case SCORE_OUT_OF_10 -> number + " out of 10";
			case POUNDS -> "\u00a3" + number;
		};
	}

	/** The number as written: 72.5, 70 (not 70.0), 0.25. */
	public static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
