package uk.gov.dorsetcouncil.edu.platform.changes;

/** Where each consumer is in the feeds it reads, kept in the consumer's own database. */
public interface ChangeCursors {

	/** The last sequence the consumer applied; 0 before its first. */
	long position(String consumer);

	/** Moves the cursor forward; never back (a late, lower write changes nothing). */
	void moveTo(String consumer, long sequence);

	/** Sets the cursor after a resynchronisation, forward or back. */
	void reset(String consumer, long sequence);

}
