package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.util.List;

/**
 * What one batch did: every row read is either stored (now held with the code sent,
 * whether or not that changed anything) or rejected with its row number and reason.
 *
 * @param changed stored rows that set or changed a mark
 */
public record BatchOutcome(int read, int stored, int changed, List<Rejection> rejected) {

	public BatchOutcome {
		rejected = List.copyOf(rejected);
		if (stored + rejected.size() != read) {
			throw new IllegalStateException(
					"every row is stored or rejected: " + read + " != " + stored + " + " + rejected.size());
		}
	}

}
