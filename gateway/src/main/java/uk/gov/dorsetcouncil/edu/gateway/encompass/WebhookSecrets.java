package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A school's webhook secret, made again when needed and never stored (ADR 0045): the
 * HMAC-SHA256, under the platform's webhook key, of the school's URN and a random salt
 * that the registration keeps. The database alone gives no secret; rotating draws a new
 * salt. A secret is {@code whsec_} and 43 base64url characters (256 bits); the school
 * signs with the whole string's UTF-8 bytes as the key.
 */
public final class WebhookSecrets {

	/** The least key length: HMAC-SHA256's own block of security, 256 bits. */
	public static final int MIN_KEY_BYTES = 32;

	private static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Supplier<byte[]> platformKey;

	public WebhookSecrets(byte[] platformKey) {
		this(() -> platformKey);
		key();
	}

	/** With the key read when a secret is made: the gateway checks it once started. */
	public WebhookSecrets(Supplier<byte[]> platformKey) {
		this.platformKey = platformKey;
	}

	private byte[] key() {
		byte[] key = this.platformKey.get();
		if (key == null || key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("the webhook key is at least " + MIN_KEY_BYTES + " bytes");
		}
		return key.clone();
	}

	/** The secret of a school's registration with this salt. */
	public String secret(String school, String salt) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] derived = mac
				.doFinal(("dorset-encompass-webhook\n" + school + "\n" + salt).getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has HmacSHA256", ex);
		}
	}

	/** A new salt: 128 random bits, base64url. */
	public static String newSalt() {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
	}

}
