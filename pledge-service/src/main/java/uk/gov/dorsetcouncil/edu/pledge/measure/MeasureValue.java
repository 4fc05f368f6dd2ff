package uk.gov.dorsetcouncil.edu.pledge.measure;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;

/**
 * A measure and its value at a time, with where the value came from: the platform's
 * answer, or the value recorded by hand (with who, when and the evidence).
 *
 * @param measure the measure
 * @param state what the value is
 * @param value the value, when there is one
 * @param platform for a platform measure, the service's answer; null otherwise
 * @param recorded for a recorded measure, the latest value recorded; null otherwise
 */
public record MeasureValue(Measure measure, ValueState state, Double value, PlatformFigure platform,
		RecordedValue recorded) {

}
