package uk.gov.dorsetcouncil.edu.gateway.security;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remembered tokens skip only the signature check: the claims are validated on every
 * call, a token not verified is never remembered, and a token that differs in one
 * character is verified afresh.
 */
class VerifiedTokensTest {

	private static final String ISSUER = "https://identity.test.dorsetcouncil.gov.uk";

	private static RSAKey key;

	private static RSAKey stranger;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));

	private final AtomicInteger verifications = new AtomicInteger();

	@BeforeAll
	static void keys() throws JOSEException {
		key = new RSAKeyGenerator(2048).keyID("k").generate();
		stranger = new RSAKeyGenerator(2048).keyID("k").generate();
	}

	@Test
	void aTokenVerifiedOnceIsNotVerifiedAgain() {
		VerifiedTokens tokens = tokens(100);
		String token = sign(key, this.clock.instant().plusSeconds(600));

		Jwt first = tokens.decode(token).block();
		Jwt second = tokens.decode(token).block();

		assertThat(second.getSubject()).isEqualTo("alice@school.example").isEqualTo(first.getSubject());
		assertThat(this.verifications).hasValue(1);
	}

	@Test
	void aRememberedTokenIsRefusedOnceItExpires() {
		VerifiedTokens tokens = tokens(100);
		String token = sign(key, this.clock.instant().plusSeconds(600));
		tokens.decode(token).block();

		this.clock.advance(Duration.ofSeconds(601));

		assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtException.class)
			.hasMessageContaining("expired");
	}

	@Test
	void aTokenThatFailsVerificationIsNotRemembered() {
		VerifiedTokens tokens = tokens(100);
		String forged = sign(stranger, this.clock.instant().plusSeconds(600));

		assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(JwtException.class);
		assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(JwtException.class);

		assertThat(this.verifications).hasValue(2);
		assertThat(tokens.remembered()).isZero();
	}

	@Test
	void aTokenChangedInOneCharacterIsVerifiedAfresh() {
		VerifiedTokens tokens = tokens(100);
		String token = sign(key, this.clock.instant().plusSeconds(600));
		tokens.decode(token).block();
		char last = token.charAt(token.length() - 2);
		String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
				+ token.charAt(token.length() - 1);

		assertThatThrownBy(() -> tokens.decode(tampered).block()).isInstanceOf(JwtException.class);
		assertThat(this.verifications).hasValue(2);
	}

	@Test
	void rememberedTokensAreBounded() {
		VerifiedTokens tokens = tokens(10);
		for (int i = 0; i < 50; i++) {
			tokens.decode(sign(key, this.clock.instant().plusSeconds(600 + i))).block();
		}

		assertThat(tokens.remembered()).isLessThanOrEqualTo(10);
	}

	private VerifiedTokens tokens(long maxEntries) {
		JwtTimestampValidator times = new JwtTimestampValidator(Duration.ZERO);
		times.setClock(this.clock);
		OAuth2TokenValidator<Jwt> claims = new DelegatingOAuth2TokenValidator<>(times, new JwtIssuerValidator(ISSUER));
		NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey(publicKey()).build();
		nimbus.setJwtValidator(claims);
		ReactiveJwtDecoder counted = token -> Mono.defer(() -> {
			this.verifications.incrementAndGet();
			return nimbus.decode(token);
		});
		return new VerifiedTokens(counted, claims, maxEntries, Duration.ofMinutes(5), this.clock);
	}

	private static RSAPublicKey publicKey() {
		try {
			return key.toRSAPublicKey();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String sign(RSAKey signer, Instant expires) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("alice@school.example")
			.issueTime(Date.from(this.clock.instant()))
			.expirationTime(Date.from(expires))
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k").build(), claims);
			jwt.sign(new RSASSASigner(signer));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
