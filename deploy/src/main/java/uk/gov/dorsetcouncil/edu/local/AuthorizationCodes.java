package uk.gov.dorsetcouncil.edu.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The development issuer's side of the authorization code grant with PKCE (RFC 6749
 * section 4.1, RFC 7636): which browser clients it serves and where it may send their
 * users back, the codes it has handed out, and the checks a code must pass to become a
 * token. Local run only: in production the council's identity provider does this.
 */
final class AuthorizationCodes {

	/**
	 * RFC 6749 section 4.1.2: a code lives briefly (ten minutes at most); a minute is
	 * ample for a browser's redirect and the gateway's token request.
	 */
	static final Duration CODE_LIFETIME = Duration.ofMinutes(1);

	/**
	 * RFC 7636 section 4.1: a verifier is 43 to 128 unreserved characters; its S256
	 * challenge is 43 base64url characters.
	 */
	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");

	private final Map<String, List<String>> redirectUris = new ConcurrentHashMap<>();

	private final Map<String, Pending> pending = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	/** A browser client (a public client, RFC 6749 section 2.1) and its redirect URIs. */
	void register(String clientId, List<String> redirectUris) {
		this.redirectUris.put(clientId, List.copyOf(redirectUris));
	}

	/**
	 * RFC 6749 section 4.1.2.1: an unknown client or a redirect URI not registered for it
	 * is told to the user, never sent anywhere.
	 * @return why the user may not be sent back, or null when they may
	 */
	String refusalOfClient(String clientId, String redirectUri) {
		if (clientId == null || !this.redirectUris.containsKey(clientId)) {
			return "unknown client '" + clientId + "'";
		}
		if (redirectUri == null || !this.redirectUris.get(clientId).contains(redirectUri)) {
			// Exact match (OAuth 2.0 Security BCP, RFC 9700 section 4.1.3).
			return "redirect_uri '" + redirectUri + "' is not registered for client " + clientId;
		}
		return null;
	}

	/**
	 * RFC 7636 section 4.4.1, and RFC 9700 section 2.1.1 for every client: a code
	 * challenge with the S256 method; "plain" would let whoever sees the request redeem
	 * the code.
	 * @return what is wrong with the challenge, or null when it is acceptable
	 */
	static String refusalOfChallenge(String challenge, String method) {
		if (challenge == null || challenge.isBlank()) {
			return "code_challenge is required (PKCE, RFC 7636)";
		}
		if (!"S256".equals(method)) {
			return "code_challenge_method must be S256";
		}
		if (!CHALLENGE.matcher(challenge).matches()) {
			return "code_challenge must be 43 base64url characters";
		}
		return null;
	}

	/** A new single-use code for the persona chosen, bound to the request it answers. */
	String issue(String clientId, String redirectUri, String challenge, Persona persona, Instant now) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.pending.put(code, new Pending(clientId, redirectUri, challenge, persona, now.plus(CODE_LIFETIME)));
		return code;
	}

	/**
	 * RFC 6749 section 4.1.3 and RFC 7636 section 4.6: the code is used once (taken
	 * whatever the outcome), has not expired, was issued to this client for this redirect
	 * URI, and the verifier hashes to its challenge.
	 */
	Redemption redeem(String code, String clientId, String redirectUri, String verifier, Instant now) {
		Pending grant = (code == null) ? null : this.pending.remove(code);
		if (grant == null) {
			return new Refused("invalid_grant", "unknown or already used code");
		}
		if (now.isAfter(grant.expiresAt())) {
			return new Refused("invalid_grant", "the code has expired");
		}
		if (!grant.clientId().equals(clientId)) {
			return new Refused("invalid_grant", "the code was issued to another client");
		}
		if (!grant.redirectUri().equals(redirectUri)) {
			return new Refused("invalid_grant", "redirect_uri differs from the authorization request's");
		}
		if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
			return new Refused("invalid_grant", "code_verifier must be 43 to 128 unreserved characters");
		}
		if (!MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
				grant.challenge().getBytes(StandardCharsets.US_ASCII))) {
			return new Refused("invalid_grant", "code_verifier does not match the code_challenge");
		}
		return new Granted(grant.persona(), grant.clientId());
	}

	/** RFC 7636 section 4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))). */
	static String s256(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private record Pending(String clientId, String redirectUri, String challenge, Persona persona, Instant expiresAt) {
	}

	/** What a code became. */
	sealed interface Redemption permits Granted, Refused {

	}

	/** A token is due to this persona, through this client. */
	record Granted(Persona persona, String clientId) implements Redemption {
	}

	/** RFC 6749 section 5.2: the error code and why. */
	record Refused(String error, String description) implements Redemption {
	}

}
