package uk.gov.dorsetcouncil.edu.pledge.measure;

import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit.EvidenceInput;

/** A value recorded by hand, as sent: read by {@link MeasureReading#record}. */
public record ValueInput(String period, String observedOn, Double value, List<EvidenceInput> evidence, String note) {

}
