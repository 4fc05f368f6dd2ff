package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Tamper evidence for the audit log: each gateway replica writes its own chain of
 * records, and each record's hash is SHA-256 over its canonical bytes, which hold the
 * previous record's hash, its chain and sequence number and every field of its entry.
 * Changing, removing or reordering any record breaks a link, and a check that recomputes
 * the chain ({@link ChainCheck}) finds the first broken one. (It shows tampering; it does
 * not prevent it: the store's permissions do that, see docs/security.md.)
 *
 * <p>
 * The canonical bytes are RFC 8785 JSON ({@link CanonicalJson}), made once when the
 * record is linked and stored with it, so a check never depends on how a store or a
 * driver re-encodes text: it hashes the bytes that were hashed, and separately checks
 * that the stored fields still say what those bytes say.
 */
public final class HashChain {

	/** The "previous hash" of a chain's first record. */
	public static final String GENESIS = "0".repeat(64);

	private HashChain() {
	}

	/** The record that follows one with {@code previousHash} at {@code sequence - 1}. */
	public static AuditRecord link(String chain, long sequence, AuditEntry entry, String previousHash) {
		byte[] canonical = canonical(chain, sequence, entry, previousHash);
		return new AuditRecord(chain, sequence, entry, previousHash, canonical, hash(canonical));
	}

	/** The record's canonical form: RFC 8785 JSON of every field, in UTF-8. */
	public static byte[] canonical(String chain, long sequence, AuditEntry entry, String previousHash) {
		Map<String, Object> fields = new HashMap<>(32);
		fields.put("chain", chain);
		fields.put("sequence", sequence);
		fields.put("previousHash", previousHash);
		fields.put("at", entry.at().toString());
		fields.put("subject", entry.subject());
		fields.put("client", entry.client());
		fields.put("organisation", entry.organisation());
		fields.put("roles", entry.roles());
		fields.put("action", entry.action());
		fields.put("children", entry.children());
		fields.put("schools", entry.schools());
		fields.put("fields", entry.fields());
		fields.put("purpose", entry.purpose());
		fields.put("agreement", entry.agreement());
		fields.put("outcome", entry.outcome().name());
		fields.put("reason", entry.reason());
		return CanonicalJson.encode(fields);
	}

	/** SHA-256 over the bytes, in lower-case hex. */
	public static String hash(byte[] canonical) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
