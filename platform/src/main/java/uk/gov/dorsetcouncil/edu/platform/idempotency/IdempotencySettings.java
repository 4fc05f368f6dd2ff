package uk.gov.dorsetcouncil.edu.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long idempotency keys are kept.
 *
 * @param keep how long a key and its stored answer are kept after the first request; a
 * retry after that runs as a new request (Stripe and the IETF draft's examples keep them
 * 24 hours)
 * @param lease how long a first request may run before a retry with the same key may take
 * it over, as from a request whose process died; longer than any request runs
 * @param sweepEvery how often expired keys are deleted (a TTL index does it on MongoDB;
 * the embedded engine has none)
 */
@ConfigurationProperties("dorset.idempotency")
public record IdempotencySettings(@DefaultValue("24h") Duration keep, @DefaultValue("2m") Duration lease,
		@DefaultValue("1h") Duration sweepEvery) {

	public IdempotencySettings {
		for (Duration duration : new Duration[] { keep, lease, sweepEvery }) {
			if (duration == null || duration.isNegative() || duration.isZero()) {
				throw new IllegalStateException(
						"dorset.idempotency.keep, .lease and .sweep-every are positive durations");
			}
		}
		if (lease.compareTo(keep) > 0) {
			throw new IllegalStateException("dorset.idempotency.lease cannot be longer than dorset.idempotency.keep");
		}
	}

	public static IdempotencySettings defaults() {
		return new IdempotencySettings(Duration.ofHours(24), Duration.ofMinutes(2), Duration.ofHours(1));
	}

}
