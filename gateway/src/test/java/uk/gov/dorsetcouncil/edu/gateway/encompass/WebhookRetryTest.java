package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The retry decision and the backoff schedule of webhook deliveries (ADR 0045). */
class WebhookRetryTest {

	/**
	 * What follows an attempt: the answer (a status, or TIMEOUT or CONNECTION), the
	 * attempts made with it, and what to do when 6 are allowed.
	 */
	@ParameterizedTest(name = "{0} after attempt {1} of 6 -> {2}")
	@CsvSource({ "200, 1, DELIVERED", "201, 6, DELIVERED", "202, 3, DELIVERED", "204, 1, DELIVERED",
			"299, 1, DELIVERED",
			// what may pass by itself: tried again
			"500, 1, RETRY", "502, 2, RETRY", "503, 5, RETRY", "504, 1, RETRY", "599, 1, RETRY", "408, 1, RETRY",
			"429, 1, RETRY", "TIMEOUT, 1, RETRY", "CONNECTION, 5, RETRY",
			// ... until the attempts run out
			"503, 6, DEAD", "429, 6, DEAD", "TIMEOUT, 6, DEAD", "CONNECTION, 7, DEAD",
			// what will not pass by itself: a dead letter at once
			"400, 1, DEAD", "401, 1, DEAD", "403, 1, DEAD", "404, 1, DEAD", "405, 1, DEAD", "409, 1, DEAD",
			"410, 1, DEAD", "413, 1, DEAD", "422, 1, DEAD", "499, 1, DEAD",
			// a redirect is never followed: the URL registered is the only place it goes
			"301, 1, DEAD", "302, 1, DEAD", "307, 1, DEAD", "308, 1, DEAD", "100, 1, DEAD" })
	void anAttemptDecidesTheJob(String answer, int attemptsMade, WebhookRetry.Decision expected) {
		WebhookRetry.Attempt attempt = answer.matches("\\d+")
				? new WebhookRetry.Attempt.Answered(Integer.parseInt(answer))
				: new WebhookRetry.Attempt.Failed(WebhookRetry.Failure.valueOf(answer), "why");
		assertThat(WebhookRetry.decide(attempt, attemptsMade, 6)).isEqualTo(expected);
	}

	/** The default schedule without jitter: 30 s doubling, at most 10 minutes. */
	@ParameterizedTest(name = "after attempt {0}: {1} s")
	@CsvSource({ "1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 600", "7, 600", "20, 600" })
	void theWaitDoublesUpToItsCap(int attemptsMade, long seconds) {
		WebhookRetry.Backoff backoff = new WebhookRetry.Backoff(Duration.ofSeconds(30), 2.0, 0, Duration.ofMinutes(10));
		assertThat(backoff.after(attemptsMade)).isEqualTo(Duration.ofSeconds(seconds));
	}

	/**
	 * With the default jitter (0.5) each wait falls within half of its nominal either
	 * way, never above the cap, and spreads: jobs failed together do not come back
	 * together.
	 */
	@ParameterizedTest(name = "after attempt {0}: {1} to {2} s")
	@CsvSource({ "1, 15, 45", "2, 30, 90", "3, 60, 180", "4, 120, 360", "5, 240, 600", "6, 300, 600" })
	void jitterSpreadsEachWaitWithinItsBounds(int attemptsMade, long least, long most) {
		WebhookRetry.Backoff backoff = new WebhookRetry.Backoff(Duration.ofSeconds(30), 2.0, 0.5,
				Duration.ofMinutes(10));
		Set<Duration> seen = new HashSet<>();
		for (int draw = 0; draw < 200; draw++) {
			Duration wait = backoff.after(attemptsMade);
			assertThat(wait).isBetween(Duration.ofSeconds(least), Duration.ofSeconds(most));
			seen.add(wait);
		}
		assertThat(seen).as("spread, not one value").hasSizeGreaterThan(10);
	}

	@ParameterizedTest(name = "first {0} s, x{1}, jitter {2}, cap {3} s is refused")
	@CsvSource({ "0, 2.0, 0.5, 600", "30, 0.5, 0.5, 600", "30, 2.0, 1.0, 600", "30, 2.0, -0.1, 600",
			"30, 2.0, 0.5, 10" })
	void aBackoffThatCannotWorkIsRefused(long first, double multiplier, double jitter, long cap) {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new WebhookRetry.Backoff(Duration.ofSeconds(first), multiplier, jitter, Duration.ofSeconds(cap)));
	}

}
