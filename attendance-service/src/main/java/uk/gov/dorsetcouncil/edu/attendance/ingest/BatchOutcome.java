package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.util.List;

/**
 * What one batch did: every row read is either stored (now held with the code sent,
 * whether or not that changed anything) or rejected with its row number and reason.
 *
 * @param changed stored rows that set or changed a mark
 */
public record BatchOutcome(int read, int stored, int changed, List<Rejection> rejected) {

	/** Nothing read, stored or changed. */
	public static final BatchOutcome NONE = new BatchOutcome(0, 0, 0, List.of());

	public BatchOutcome {
		rejected = List.copyOf(rejected);
		if (stored + rejected.size() != read) {
			throw new IllegalStateException(
					"every row is stored or rejected: " + read + " != " + stored + " + " + rejected.size());
		}
	}

	/** This and another part of the same work, added up. */
	public BatchOutcome plus(BatchOutcome other) {
		List<Rejection> all = new java.util.ArrayList<>(this.rejected);
		all.addAll(other.rejected);
		all.sort(java.util.Comparator.comparingLong(Rejection::row));
		return new BatchOutcome(this.read + other.read, this.stored + other.stored, this.changed + other.changed, all);
	}

}
