package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * One commitment of a pledge as the Education Strategy states it: the reference data its
 * versions start from.
 *
 * @param pledge the pledge it belongs to
 * @param number its place in the pledge, from 1
 * @param title a short label
 * @param wording the commitment in the strategy's own words
 * @param workingGroup the group that keeps it
 */
public record Commitment(Pledge pledge, int number, String title, String wording, WorkingGroup workingGroup) {

	/** The stable key of a commitment, for example {@code STUDENT-6}. */
	public String key() {
		return this.pledge.name() + "-" + this.number;
	}

}
