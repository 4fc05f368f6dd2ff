package uk.gov.dorsetcouncil.edu.pledge.report;

import java.util.List;

import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;

/**
 * A commitment in a report: the version in force when the report was made, its measures,
 * the derived status, an officer's override if any, and how the status moved since the
 * previous report.
 *
 * @param commitment the version reported on (with its actions and evidence)
 * @param measures its measures as read
 * @param derived the status the rules give
 * @param override an officer's override; null when none
 * @param previous the status in the previous report; null when there was none
 * @param movement how the status moved since then
 */
public record CommitmentLine(CommitmentVersion commitment, List<MeasureLine> measures, Rag derived, Override override,
		Rag previous, Movement movement) {

	public CommitmentLine {
		measures = List.copyOf(measures);
	}

	/**
	 * The status the report gives: the officer's when overridden, else the derived one.
	 */
	public Rag status() {
		return (this.override != null) ? this.override.rag() : this.derived;
	}

	public CommitmentLine overridden(Override by) {
		return new CommitmentLine(this.commitment, this.measures, this.derived, by, this.previous,
				Movement.between(this.previous, by.rag()));
	}

}
