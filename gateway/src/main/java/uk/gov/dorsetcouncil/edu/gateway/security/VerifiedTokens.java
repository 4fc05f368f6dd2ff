package uk.gov.dorsetcouncil.edu.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the bearer tokens whose signature has been verified, so that a client's next
 * call with the same token costs a look-up instead of an RSA verification and a JSON
 * parse (the largest share of the gateway's own work per request, measured in
 * docs/benchmarks.md).
 *
 * <p>
 * Only the signature check is remembered: the claims validator (expiry, not-before,
 * issuer, audience, subject) runs again on every call, so a remembered token stops
 * working the moment it expires. The key is the whole token as sent: a token that differs
 * in any character is verified afresh. A remembered token outlives the removal of its
 * signing key from the key set by at most {@code maxAge}; tokens are short-lived and keys
 * are retired after their tokens expire, so that window is the token's own.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<String, Jwt> verified;

	/**
	 * @param verifier checks signature and claims of a token not seen before
	 * @param validator the same claims validator the verifier applies
	 * @param maxEntries how many tokens to remember (least recently used are forgotten)
	 * @param maxAge how long a token is remembered at most (and never past its expiry)
	 */
	VerifiedTokens(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, long maxEntries, Duration maxAge,
			Clock clock) {
		this.verifier = verifier;
		this.validator = validator;
		this.verified = Caffeine.newBuilder()
			.maximumSize(maxEntries)
			.expireAfter(new UntilExpiry(maxAge, clock))
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = this.verified.getIfPresent(token);
		if (known == null) {
			return this.verifier.decode(token).doOnNext(jwt -> this.verified.put(token, jwt));
		}
		OAuth2TokenValidatorResult result = this.validator.validate(known);
		if (result.hasErrors()) {
			this.verified.invalidate(token);
			return Mono.error(new JwtValidationException(result.getErrors().iterator().next().getDescription(),
					result.getErrors()));
		}
		return Mono.just(known);
	}

	/** How many tokens are remembered now (for tests). */
	long remembered() {
		this.verified.cleanUp();
		return this.verified.estimatedSize();
	}

	/** Forgets a token at its expiry, or after {@code maxAge}, whichever is sooner. */
	private record UntilExpiry(Duration maxAge, Clock clock) implements Expiry<String, Jwt> {

		@Override
		public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
			Instant expiresAt = jwt.getExpiresAt();
			Duration left = (expiresAt == null) ? Duration.ZERO : Duration.between(this.clock.instant(), expiresAt);
			Duration keep = left.compareTo(this.maxAge) < 0 ? left : this.maxAge;
			return keep.isNegative() ? 0 : keep.toNanos();
		}

		@Override
		public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
			return expireAfterCreate(token, jwt, currentTime);
		}

		@Override
		public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
