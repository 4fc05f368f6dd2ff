package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DevTokenIssuerTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private DevTokenIssuer issuer;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws Exception {
		this.issuer = DevTokenIssuer.start(0, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		this.issuer.close();
	}

	@Test
	void issuesShortLivedTokensThatVerifyAgainstItsPublishedKeys() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("persona=school-attendance-lead&school=991004"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(response.body());
		SignedJWT jwt = SignedJWT.parse(body.get("access_token").asString());

		String jwks = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.jwksUri())).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key.isPrivate()).as("only the public key is published").isFalse();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(this.issuer.issuer());
		assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("dorset-education-platform");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("org")).isEqualTo("SCHOOL:991004");
		assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).contains("attendance:read", "registers:write");
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SCHOOL_ATTENDANCE_LEAD");
		assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(900)));
	}

	@Test
	void refusesUnknownPersonasAndSchoolOverridesForCountyPersonas() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(this.issuer.issuer() + "/token"))
				.POST(HttpRequest.BodyPublishers.ofString("persona=head-of-everything"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("unknown persona");
		assertThatIllegalArgumentException().isThrownBy(() -> this.issuer.tokenFor("la-inclusion-officer", "991001"))
			.withMessageContaining("does not act for a school");
	}

}
