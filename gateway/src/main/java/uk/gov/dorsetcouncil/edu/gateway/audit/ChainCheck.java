package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.Arrays;

/**
 * Recomputes one chain, record by record in sequence order, and names the first broken
 * link. For each record it checks that
 * <ol>
 * <li>it is the next in sequence (none missing, none twice, none moved);</li>
 * <li>its stored fields still make the canonical bytes stored with it (a changed field);
 * </li>
 * <li>its hash is SHA-256 over those bytes (changed bytes or a changed hash);</li>
 * <li>it holds the hash of the record before it (a record replaced and re-hashed, or
 * moved);</li>
 * </ol>
 * and at the end that the chain's head names a record held, with that record's hash (the
 * end cut off, or a head moved past the records). Records after the head are those of a
 * batch whose writer stopped before moving the head (ADR 0015): nobody was told they were
 * recorded, so nothing was released on them; they are counted, and the chain is intact if
 * they link.
 */
public final class ChainCheck {

	private final String chain;

	private final ChainHead head;

	private long last;

	private String previous = HashChain.GENESIS;

	private Long firstBroken;

	private String problem;

	/**
	 * @param head the chain's head as stored, or null when none is held
	 */
	public ChainCheck(String chain, ChainHead head) {
		this.chain = chain;
		this.head = head;
	}

	public void next(AuditRecord record) {
		if (this.firstBroken != null) {
			return;
		}
		long expected = this.last + 1;
		if (record.sequence() != expected) {
			if (record.sequence() < expected) {
				broken(expected, "record " + record.sequence() + " is held twice or out of place");
			}
			else {
				broken(expected, "record " + expected + " is missing (the next held is " + record.sequence() + ")");
			}
			return;
		}
		if (!fieldsMakeTheirBytes(record)) {
			broken(expected, "record " + expected + " was changed after it was written");
			return;
		}
		if (!HashChain.hash(record.canonical()).equals(record.hash())) {
			broken(expected, "record " + expected + "'s hash is not the hash of the bytes it was written as");
			return;
		}
		if (!record.previousHash().equals(this.previous)) {
			broken(expected, "record " + expected + " does not follow the record before it");
			return;
		}
		if (this.head != null && this.head.sequence() == expected && !this.head.hash().equals(record.hash())) {
			broken(expected, "the head names another record " + expected + " than the one held");
			return;
		}
		this.last = expected;
		this.previous = record.hash();
	}

	/**
	 * A stored record that cannot be read as a record at all (a field gone or retyped, or
	 * a key that does not fit it): the link after the last good record cannot be checked.
	 * @param key the record as the store names it
	 */
	public void unreadable(String key, String why) {
		if (this.firstBroken == null) {
			broken(this.last + 1, "record " + key + " cannot be read: " + why);
		}
	}

	public ChainVerification end() {
		if (this.firstBroken == null) {
			if (this.head == null) {
				broken(this.last + 1, "the chain's head is missing, so its end cannot be checked");
			}
			else if (this.head.sequence() > this.last) {
				broken(this.last + 1, "the head names record " + this.head.sequence() + " but the chain "
						+ ((this.last == 0) ? "holds no records" : "ends at record " + this.last));
			}
			else if (this.head.sequence() == 0 && !HashChain.GENESIS.equals(this.head.hash())) {
				broken(1, "the head names no record but holds a hash");
			}
		}
		boolean intact = this.firstBroken == null;
		return new ChainVerification(this.chain, intact, this.last, (this.head != null) ? this.head.sequence() : null,
				intact ? this.last - this.head.sequence() : 0, this.firstBroken,
				(this.problem != null) ? this.problem : "");
	}

	private static boolean fieldsMakeTheirBytes(AuditRecord record) {
		try {
			return Arrays.equals(
					HashChain.canonical(record.chain(), record.sequence(), record.entry(), record.previousHash()),
					record.canonical());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void broken(long at, String why) {
		this.firstBroken = at;
		this.problem = why;
	}

}
