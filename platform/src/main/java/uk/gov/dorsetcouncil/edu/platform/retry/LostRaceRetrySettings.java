package uk.gov.dorsetcouncil.edu.platform.retry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service retries a write that lost a race, set once for all its writes.
 *
 * @param maxAttempts attempts in all, the first included (5: the loops this replaced used
 * 5)
 * @param firstPause the pause after the first lost attempt
 * @param multiplier each pause is this many times the one before
 * @param randomisation each pause is drawn within this share either side of its nominal
 * length, so that writers who lost together do not meet again
 */
@ConfigurationProperties("dorset.writes.retry")
public record LostRaceRetrySettings(@DefaultValue("5") int maxAttempts, @DefaultValue("5ms") Duration firstPause,
		@DefaultValue("2.0") double multiplier, @DefaultValue("0.5") double randomisation) {

	public LostRaceRetrySettings {
		if (maxAttempts < 1) {
			throw new IllegalStateException("dorset.writes.retry.max-attempts is at least 1, not " + maxAttempts);
		}
		if (firstPause == null || firstPause.isNegative() || firstPause.isZero()) {
			throw new IllegalStateException("dorset.writes.retry.first-pause must be a positive duration");
		}
		if (multiplier < 1) {
			throw new IllegalStateException("dorset.writes.retry.multiplier is at least 1, not " + multiplier);
		}
		if (randomisation < 0 || randomisation >= 1) {
			throw new IllegalStateException(
					"dorset.writes.retry.randomisation is from 0 to below 1, not " + randomisation);
		}
	}

	/** The defaults, for code built outside Spring. */
	public static LostRaceRetrySettings defaults() {
		return new LostRaceRetrySettings(5, Duration.ofMillis(5), 2.0, 0.5);
	}

}
