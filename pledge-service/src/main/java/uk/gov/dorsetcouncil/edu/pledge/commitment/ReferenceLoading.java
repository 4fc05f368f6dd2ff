package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.time.Instant;
import java.util.List;

/**
 * Brings the commitments in line with the reference data: the first version of each that
 * is not held, and a new version of each whose wording, title or working group the
 * reference data now says differently. Run at every start; running it again writes
 * nothing.
 */
public final class ReferenceLoading {

	private ReferenceLoading() {
	}

	/**
	 * Writes the versions the reference data calls for.
	 * @return how many versions were written
	 */
	public static int load(PledgeReference reference, CommitmentHistory history, Instant at) {
		int written = 0;
		for (Commitment commitment : reference.commitments()) {
			List<CommitmentVersion> versions = history.versions(commitment.key());
			if (versions.isEmpty()) {
				written += history.append(CommitmentVersion.first(commitment, at)) ? 1 : 0;
			}
			else {
				CommitmentVersion current = versions.get(versions.size() - 1);
				if (current.differsFrom(commitment)) {
					written += history.append(current.withReference(commitment, at)) ? 1 : 0;
				}
			}
		}
		return written;
	}

}
