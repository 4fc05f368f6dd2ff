package uk.gov.dorsetcouncil.edu.pledge.report;

import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;

/**
 * A measure in a report: its value as read when the report was made (with provenance),
 * its status, and its value in the previous report.
 *
 * @param reading the measure and its value
 * @param rag its status by the report's rules
 * @param previousValue its value in the previous report; null when it had none or there
 * was none
 * @param change the value now less the previous one; null when either is missing
 */
public record MeasureLine(MeasureValue reading, Rag rag, Double previousValue, Double change) {

}
