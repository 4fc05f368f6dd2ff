package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.List;

/** Where every version of every commitment is kept. */
public interface CommitmentHistory {

	/** Every version of one commitment, oldest first; empty when it is not held. */
	List<CommitmentVersion> versions(String key);

	/** Every version of every commitment. */
	List<CommitmentVersion> all();

	/**
	 * Adds a version.
	 * @return false when that version of the commitment is already held (another writer
	 * got there first): nothing written
	 */
	boolean append(CommitmentVersion version);

}
