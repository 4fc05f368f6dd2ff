package uk.gov.dorsetcouncil.edu.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * A stand-in identity provider: an RSA key made for the test run, its public key set
 * served by WireMock, and tokens signed with it (or, to test refusals, with a key nobody
 * published).
 */
public final class TestIssuer implements AutoCloseable {

	public static final String ISSUER = "https://identity.test.dorsetcouncil.gov.uk";

	public static final String AUDIENCE = "dorset-education-platform";

	public static final String SCHOOL = "SCHOOL:113001";

	private static final String KEY_ID = "test-key";

	private final RSAKey key;

	private final RSAKey stranger;

	private final WireMockServer server;

	private TestIssuer(RSAKey key, RSAKey stranger, WireMockServer server) {
		this.key = key;
		this.stranger = stranger;
		this.server = server;
	}

	public static TestIssuer start() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
			// Same key id, different key: a forged signature.
			RSAKey stranger = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
			WireMockServer server = Backends.wireMock();
			server.stubFor(
					get(urlEqualTo("/jwks.json")).willReturn(aResponse().withHeader("Content-Type", "application/json")
						.withBody(new JWKSet(key.toPublicJWK()).toString())));
			return new TestIssuer(key, stranger, server);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String jwksUri() {
		return this.server.baseUrl() + "/jwks.json";
	}

	/**
	 * The claims of a valid token for a school attendance lead, with the given scopes.
	 */
	public static JWTClaimsSet.Builder claims(String scope) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("alice@school.example")
			.claim("client_id", "school-mis")
			.claim("scope", scope)
			.claim("org", SCHOOL)
			.claim("roles", List.of("SCHOOL_ATTENDANCE_LEAD"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.jwtID(UUID.randomUUID().toString());
	}

	public String token(String scope) {
		return sign(claims(scope).build());
	}

	public String sign(JWTClaimsSet claims) {
		return sign(claims, this.key);
	}

	public String signAsStranger(JWTClaimsSet claims) {
		return sign(claims, this.stranger);
	}

	private static String sign(JWTClaimsSet claims, RSAKey key) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
