package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook request is signed (ADR 0045), as Stripe and GitHub sign theirs:
 * HMAC-SHA256 with the school's secret over {@code timestamp + "." + body}, the timestamp
 * in seconds since 1970 sent beside it, so that a receiver can refuse a request replayed
 * later and a body changed on the way. While a rotated secret's grace lasts, the request
 * carries a signature by each secret, as Stripe's does, so the school can change its
 * receiver without losing a notification.
 */
public final class WebhookSignature {

	/** The event's id: the same for every attempt, so a receiver drops duplicates. */
	public static final String EVENT_HEADER = "X-Dorset-Event-Id";

	/** When the request was signed, in whole seconds since 1970-01-01T00:00:00Z. */
	public static final String TIMESTAMP_HEADER = "X-Dorset-Timestamp";

	/** {@code v1=<hex>}, one for each secret in use, separated by commas. */
	public static final String SIGNATURE_HEADER = "X-Dorset-Signature";

	private static final String SCHEME = "v1=";

	private WebhookSignature() {
	}

	/** The hex HMAC-SHA256 of {@code timestamp.body} with the secret. */
	public static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has HmacSHA256", ex);
		}
	}

	/** The signature header's value: {@code v1=<hex>} for each secret, newest first. */
	public static String header(List<String> secrets, long timestamp, byte[] body) {
		return secrets.stream()
			.map((secret) -> SCHEME + sign(secret, timestamp, body))
			.collect(Collectors.joining(","));
	}

	/**
	 * Whether a header carries a signature of {@code timestamp.body} by the secret, as a
	 * receiver checks it (compared in constant time).
	 */
	public static boolean verifies(String secret, String header, long timestamp, byte[] body) {
		if (header == null) {
			return false;
		}
		byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
		boolean found = false;
		for (String part : header.split(",")) {
			String value = part.trim();
			if (value.startsWith(SCHEME)) {
				found |= MessageDigest.isEqual(expected,
						value.substring(SCHEME.length()).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return found;
	}

}
