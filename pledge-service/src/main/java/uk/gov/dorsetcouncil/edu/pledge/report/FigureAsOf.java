package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Instant;

import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;

/**
 * The as-of time of a figure in a report, which every format states beside the figure
 * (issue 17: "the report states the as-of time of every figure"): a platform figure's is
 * the time its service computed it, as the service says; a value recorded by hand is as
 * of the day it describes; a measure without a value was looked for when the report was
 * made.
 */
public final class FigureAsOf {

	private FigureAsOf() {
	}

	public static String of(MeasureValue reading, Instant reportAsOf) {
		if (reading.platform() != null && reading.platform().asOf() != null) {
			return reading.platform().asOf();
		}
		if (reading.recorded() != null) {
			return reading.recorded().observedOn().toString();
		}
		return reportAsOf.toString();
	}

}
