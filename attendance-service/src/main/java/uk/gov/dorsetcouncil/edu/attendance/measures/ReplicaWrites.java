package uk.gov.dorsetcouncil.edu.attendance.measures;

/**
 * The writes made to what a read model holds, counted in the store by every replica of
 * the service (ADR 0025): a replica that finds a write it did not make reloads its model
 * from the store before it answers, so two replicas on one store answer alike.
 */
public interface ReplicaWrites {

	/** A replica alone with its store: nothing counted, nothing to reload. */
	ReplicaWrites ALONE = new ReplicaWrites() {

		@Override
		public void count() {
		}

		@Override
		public Count read(long since) {
			return new Count(since, true);
		}

	};

	/**
	 * Counts one write this replica made, after the write and after its own model took
	 * it.
	 */
	void count();

	/**
	 * The writes counted in the store, and whether those after {@code since} were all
	 * this replica's own.
	 */
	Count read(long since);

	/**
	 * @param writes the writes counted in the store so far
	 * @param allOwn whether every write counted after the one asked from was this
	 * replica's
	 */
	record Count(long writes, boolean allOwn) {
	}

}
