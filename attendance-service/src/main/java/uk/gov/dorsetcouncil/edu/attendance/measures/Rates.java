package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as published: rounded half up to one decimal place (ADR 0007). */
final class Rates {

	private Rates() {
	}

	static double percent(long numerator, long denominator) {
		if (denominator == 0) {
			return 0;
		}
		return BigDecimal.valueOf(numerator * 100L)
			.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
			.doubleValue();
	}

}
