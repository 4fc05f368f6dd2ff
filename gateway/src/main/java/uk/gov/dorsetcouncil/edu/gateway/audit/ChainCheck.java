package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

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
 *
 * <p>
 * Signed checkpoints (ADR 0035) hold it further: the record at each one's place must be
 * the one it was signed for, no checkpoint may lie past the chain's end or its head, and
 * a check may start at the last checkpoint instead of the first record (its record is
 * checked in full; the link before it is what the checkpoint vouches for).
 */
public final class ChainCheck {

	private final String chain;

	private final ChainHead head;

	private final NavigableMap<Long, String> signed = new TreeMap<>();

	private final long from;

	private final int interval;

	private final NavigableMap<Long, String> reached = new TreeMap<>();

	private long last;

	private long checked;

	/** The hash the next record must hold as its previous one; null: vouched for. */
	private String previous = HashChain.GENESIS;

	private Long firstBroken;

	private String problem;

	/**
	 * @param head the chain's head as stored, or null when none is held
	 */
	public ChainCheck(String chain, ChainHead head) {
		this(chain, head, List.of(), false, 0);
	}

	/**
	 * @param head the chain's head as stored, or null when none is held
	 * @param signed the chain's checkpoints whose signatures hold, in sequence order
	 * @param fromLastCheckpoint start at the last of them rather than at the first record
	 * @param interval records between checkpoints: the hashes at its multiples are kept
	 * for {@link #due} (0: none kept)
	 */
	public ChainCheck(String chain, ChainHead head, List<Checkpoint> signed, boolean fromLastCheckpoint, int interval) {
		this.chain = chain;
		this.head = head;
		signed.forEach(checkpoint -> this.signed.put(checkpoint.sequence(), checkpoint.hash()));
		this.interval = interval;
		// A checkpoint at 0 only says the chain was seen: start at record 1.
		if (fromLastCheckpoint && !this.signed.isEmpty() && this.signed.lastKey() > 0) {
			this.from = this.signed.lastKey();
			this.last = this.from - 1;
			this.previous = null;
		}
		else {
			this.from = 1;
		}
	}

	/** The record this check starts at: 1, or the last signed checkpoint. */
	public long from() {
		return this.from;
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
		if (this.previous != null && !record.previousHash().equals(this.previous)) {
			broken(expected, "record " + expected + " does not follow the record before it");
			return;
		}
		if (this.head != null && this.head.sequence() == expected && !this.head.hash().equals(record.hash())) {
			broken(expected, "the head names another record " + expected + " than the one held");
			return;
		}
		String vouched = this.signed.get(expected);
		if (vouched != null && !vouched.equals(record.hash())) {
			broken(expected, "record " + expected + " is not the record checkpoint " + expected + " was signed for");
			return;
		}
		if (this.interval > 0 && expected % this.interval == 0) {
			this.reached.put(expected, record.hash());
		}
		this.last = expected;
		this.checked++;
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
			else if (!this.signed.isEmpty() && this.signed.lastKey() > this.head.sequence()) {
				// The end cut off and the head moved back: the checkpoint remembers.
				broken(this.head.sequence() + 1, "the head names record " + this.head.sequence() + " but checkpoint "
						+ this.signed.lastKey() + " was signed for a record after it");
			}
		}
		boolean intact = this.firstBroken == null;
		return new ChainVerification(this.chain, intact, this.checked,
				(this.head != null) ? this.head.sequence() : null, intact ? this.last - this.head.sequence() : 0,
				this.firstBroken, (this.problem != null) ? this.problem : "", this.from);
	}

	/**
	 * The checkpoints this check has earned and the chain does not hold signed yet: each
	 * multiple of the interval it found intact, up to the head, and 0 (the chain seen).
	 * None when the chain is broken. Call after {@link #end}.
	 * @return sequence number to hash, in order
	 */
	public NavigableMap<Long, String> due() {
		NavigableMap<Long, String> due = new TreeMap<>();
		if (this.interval > 0 && this.firstBroken == null && this.head != null) {
			if (this.signed.isEmpty()) {
				// The chain seen: a verification from checkpoints still reads a chain
				// whose head is later removed.
				due.put(0L, HashChain.GENESIS);
			}
			this.reached.headMap(this.head.sequence(), true).forEach((sequence, hash) -> {
				if (!this.signed.containsKey(sequence)) {
					due.put(sequence, hash);
				}
			});
		}
		return due;
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
