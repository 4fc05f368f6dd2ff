package uk.gov.dorsetcouncil.edu.gateway.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Tamper evidence for the audit log: each record's hash is SHA-256 over the previous
 * record's hash, its own sequence number and a canonical form of its entry. Changing,
 * removing or reordering any record breaks every link after it, and a check that
 * recomputes the chain finds the first broken one. (It shows tampering; it does not
 * prevent it: the store's permissions do that, see docs/security.md.)
 */
public final class HashChain {

	/** The "previous hash" of the first record. */
	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/** The record that follows one with {@code previousHash} at {@code sequence - 1}. */
	public static AuditRecord link(long sequence, AuditEntry entry, String previousHash) {
		return new AuditRecord(sequence, entry, previousHash, hash(sequence, entry, previousHash));
	}

	public static String hash(long sequence, AuditEntry entry, String previousHash) {
		StringBuilder canonical = new StringBuilder();
		field(canonical, "previous", previousHash);
		field(canonical, "sequence", Long.toString(sequence));
		field(canonical, "at", entry.at().toString());
		field(canonical, "subject", entry.subject());
		field(canonical, "client", entry.client());
		field(canonical, "organisation", entry.organisation());
		list(canonical, "roles", entry.roles());
		field(canonical, "action", entry.action());
		list(canonical, "children", entry.children());
		list(canonical, "schools", entry.schools());
		list(canonical, "fields", entry.fields());
		field(canonical, "purpose", entry.purpose());
		field(canonical, "agreement", entry.agreement());
		field(canonical, "outcome", entry.outcome().name());
		field(canonical, "reason", entry.reason());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Recomputes the chain over records in sequence order, starting at 1.
	 * @param expectedHead the hash the log says its last record has, or null when the log
	 * keeps none
	 */
	public static Verification verify(Iterable<AuditRecord> records, String expectedHead) {
		String previous = GENESIS;
		long expected = 1;
		for (AuditRecord record : records) {
			if (record.sequence() != expected) {
				return Verification.broken(expected - 1, expected,
						"record " + expected + " is missing (the next held is " + record.sequence() + ")");
			}
			if (!record.previousHash().equals(previous)) {
				return Verification.broken(expected - 1, expected,
						"record " + expected + " does not follow the record before it");
			}
			if (!hash(record.sequence(), record.entry(), record.previousHash()).equals(record.hash())) {
				return Verification.broken(expected - 1, expected,
						"record " + expected + " was changed after it was written");
			}
			previous = record.hash();
			expected++;
		}
		if (expectedHead != null && !expectedHead.equals(previous)) {
			return Verification.broken(expected - 1, expected,
					"the log ends at record " + (expected - 1) + " but its head names a later or other record");
		}
		return new Verification(true, expected - 1, null, "");
	}

	private static void field(StringBuilder canonical, String name, String value) {
		// Length-prefixed, so no value can be made to look like another field.
		canonical.append(name).append('=').append(value.length()).append(':').append(value).append('\n');
	}

	private static void list(StringBuilder canonical, String name, List<String> values) {
		canonical.append(name).append('=').append(values.size()).append('[');
		values.forEach(value -> canonical.append(value.length()).append(':').append(value));
		canonical.append("]\n");
	}

	/**
	 * @param intact true when every link holds
	 * @param checked how many records were found intact before the first broken link
	 * @param firstBroken the sequence number of the first broken link, or null
	 * @param problem what is wrong there
	 */
	public record Verification(boolean intact, long checked, Long firstBroken, String problem) {

		static Verification broken(long checked, long at, String problem) {
			return new Verification(false, checked, at, problem);
		}

	}

}
