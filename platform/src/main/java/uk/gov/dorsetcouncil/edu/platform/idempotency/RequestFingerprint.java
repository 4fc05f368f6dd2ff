package uk.gov.dorsetcouncil.edu.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of what makes two requests the same request: method, path with its query, and
 * body. Each part is length-prefixed, so no two different requests share the bytes
 * hashed.
 */
public final class RequestFingerprint {

	private RequestFingerprint() {
	}

	public static String of(String method, String pathAndQuery, byte[] body) {
		MessageDigest digest = sha256();
		for (byte[] part : new byte[][] { method.getBytes(StandardCharsets.UTF_8),
				pathAndQuery.getBytes(StandardCharsets.UTF_8), body }) {
			digest.update(Long.toString(part.length).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) ':');
			digest.update(part);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
