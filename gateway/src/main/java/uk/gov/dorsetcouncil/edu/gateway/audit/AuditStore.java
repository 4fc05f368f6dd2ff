package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.List;

/**
 * Where a chain's records and its head are kept, as its one writer ({@link AuditWriter})
 * uses it. Blocking: called on the writer's own thread only.
 */
public interface AuditStore {

	/** The chain's head, or null when the chain has none yet. */
	ChainHead head(String chain);

	/** Gives the chain a head at its start (no records) unless it has one. */
	void register(String chain);

	/** The hash of the chain's record at {@code sequence}, or null when none is held. */
	String hashOf(String chain, long sequence);

	/**
	 * Inserts the records in order, stopping at the first that cannot be inserted (an
	 * ordered insert): the records before it are kept, none after it.
	 * @throws SequenceTaken when a record's place is held already (another writer with
	 * the same chain), saying how many were inserted before it
	 */
	void insert(List<AuditRecord> records);

	/** Moves the chain's head forward to the record given; never back. */
	void moveHead(String chain, long sequence, String hash);

	/** A record's place in its chain was held already. */
	final class SequenceTaken extends RuntimeException {

		private final int inserted;

		public SequenceTaken(int inserted, Throwable cause) {
			super("a record's place was held already; " + inserted + " inserted before it", cause);
			this.inserted = inserted;
		}

		/** How many records of the batch, from its start, were inserted. */
		public int inserted() {
			return this.inserted;
		}

	}

}
