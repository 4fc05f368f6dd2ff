package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of the rows a gRPC stream carried, so that a retry with the same idempotency
 * key is told from a different stream reusing it (the key is claimed with the first
 * batch, before the rows are known; REST imports are fingerprinted whole by the
 * platform's {@code @IdempotentWrite}).
 */
public final class ContentHash {

	private final MessageDigest digest;

	public ContentHash() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Adds one row's cells, each ended by a separator no cell contains. */
	public void add(MarkRow row) {
		for (String cell : new String[] { row.urn(), row.upn(), row.date(), row.session(), row.code() }) {
			this.digest.update(String.valueOf(cell).getBytes(StandardCharsets.UTF_8));
			this.digest.update((byte) 0);
		}
	}

	public String hex() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

}
