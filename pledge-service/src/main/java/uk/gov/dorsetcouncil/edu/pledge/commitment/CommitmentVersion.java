package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a commitment, kept for ever: every change writes the next version, so a
 * report of any past time can be read as it stood.
 *
 * @param pledge the pledge
 * @param number its number in the pledge
 * @param version 1 for the first, then one more for each change
 * @param title a short label
 * @param wording the strategy's own words
 * @param workingGroup the group that keeps it
 * @param owner its lead, named by the working group; null until named
 * @param status how its owner says it stands
 * @param measures how progress is measured
 * @param actions what will be done
 * @param evidence what shows progress
 * @param note what changed, in the editor's words
 * @param recordedBy who wrote this version (a subject, or {@code reference-data})
 * @param recordedAt when
 */
public record CommitmentVersion(Pledge pledge, int number, long version, String title, String wording,
		WorkingGroup workingGroup, Owner owner, ProgressStatus status, List<Measure> measures, List<Action> actions,
		List<Evidence> evidence, String note, String recordedBy, Instant recordedAt) {

	/** Who writes the versions that come from the reference data. */
	public static final String REFERENCE_DATA = "reference-data";

	public CommitmentVersion {
		measures = List.copyOf(measures);
		actions = List.copyOf(actions);
		evidence = List.copyOf(evidence);
	}

	public String key() {
		return this.pledge.name() + "-" + this.number;
	}

	public Optional<Measure> measure(String id) {
		return this.measures.stream().filter(measure -> measure.id().equals(id)).findFirst();
	}

	/** The first version, from the reference data. */
	static CommitmentVersion first(Commitment reference, Instant at) {
		return new CommitmentVersion(reference.pledge(), reference.number(), 1, reference.title(), reference.wording(),
				reference.workingGroup(), null, ProgressStatus.NOT_STARTED, List.of(), List.of(), List.of(),
				"From the Education Strategy 2024 to 2027", REFERENCE_DATA, at);
	}

	/**
	 * The next version, with the strategy's fields as the reference data now has them.
	 */
	CommitmentVersion withReference(Commitment reference, Instant at) {
		return new CommitmentVersion(this.pledge, this.number, this.version + 1, reference.title(), reference.wording(),
				reference.workingGroup(), this.owner, this.status, this.measures, this.actions, this.evidence,
				"Reference data changed", REFERENCE_DATA, at);
	}

	/** Whether the reference data says something else than this version. */
	boolean differsFrom(Commitment reference) {
		return !this.title.equals(reference.title()) || !this.wording.equals(reference.wording())
				|| !this.workingGroup.equals(reference.workingGroup());
	}

}
