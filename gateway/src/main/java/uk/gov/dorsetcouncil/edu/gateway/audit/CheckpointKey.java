package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks audit checkpoints (ADR 0035) with HMAC-SHA256 under a key the gateway
 * holds and its database does not: whoever can write the database can write a checkpoint,
 * but not one that verifies, so a checkpoint can only move a verification's start to a
 * point that a verification really found intact.
 */
public final class CheckpointKey {

	/**
	 * The shortest key taken: HMAC-SHA256's own block of output (RFC 2104, section 3).
	 */
	public static final int MIN_BYTES = 32;

	private final SecretKeySpec key;

	public CheckpointKey(byte[] key) {
		if (key.length < MIN_BYTES) {
			throw new IllegalArgumentException("a checkpoint key is at least " + MIN_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/**
	 * A key of its own: checkpoints it signs are used only while this process runs with
	 * it.
	 */
	public static CheckpointKey random() {
		byte[] key = new byte[MIN_BYTES];
		new SecureRandom().nextBytes(key);
		return new CheckpointKey(key);
	}

	/**
	 * The checkpoint at {@code sequence} of a chain whose record there has {@code hash}.
	 */
	public Checkpoint sign(String chain, long sequence, String hash) {
		return new Checkpoint(chain, sequence, hash, HexFormat.of().formatHex(mac(chain, sequence, hash)));
	}

	/** Whether the checkpoint was signed with this key, as it stands. */
	public boolean signed(Checkpoint checkpoint) {
		if (checkpoint.signature() == null || checkpoint.chain() == null || checkpoint.hash() == null) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(checkpoint.signature());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		// In constant time, so that a signature cannot be guessed a byte at a time.
		return MessageDigest.isEqual(given, mac(checkpoint.chain(), checkpoint.sequence(), checkpoint.hash()));
	}

	private byte[] mac(String chain, long sequence, String hash) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			// RFC 8785 JSON, as a record's own bytes are: no field can run into another.
			return mac.doFinal(CanonicalJson.encode(Map.of("chain", chain, "sequence", sequence, "hash", hash)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

}
