package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.Optional;

/**
 * One commitment of a pledge.
 *
 * @param pledge the pledge it belongs to
 * @param number its place in the pledge, from 1
 * @param title a short label
 * @param wording the commitment in the strategy's own words
 * @param latestStatus from the latest progress report, or null before the first
 */
public record Commitment(Pledge pledge, int number, String title, String wording, ProgressStatus latestStatus) {

	/** The stable key of a commitment, for example {@code STUDENT-6}. */
	public String key() {
		return this.pledge.name() + "-" + this.number;
	}

	public Optional<ProgressStatus> latest() {
		return Optional.ofNullable(this.latestStatus);
	}

}
