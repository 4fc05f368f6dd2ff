package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Duration;

import io.github.resilience4j.core.IntervalFunction;

/**
 * What follows one attempt to send a notification to a school's webhook (ADR 0045): a 2xx
 * delivers it; what may pass (a 5xx, 408 Request Timeout, 429 Too Many Requests, no
 * answer in time, no connection) is tried again after an exponential backoff with jitter,
 * until the attempts run out; what will not pass by itself (any other answer: a 4xx, a
 * redirect, which is never followed) goes to the dead letters at once, for a person to
 * see.
 */
public final class WebhookRetry {

	private WebhookRetry() {
	}

	/** What came of an attempt. */
	public sealed interface Attempt {

		/** The school's system answered with this status. */
		record Answered(int status) implements Attempt {
		}

		/** No answer: the connection failed or the answer did not come in time. */
		record Failed(Failure failure, String detail) implements Attempt {
		}

	}

	/** Why no answer came. */
	public enum Failure {

		TIMEOUT, CONNECTION

	}

	/** What to do with the job. */
	public enum Decision {

		DELIVERED, RETRY, DEAD

	}

	/**
	 * What to do after an attempt.
	 * @param attemptsMade the attempts made so far, this one included
	 * @param maxAttempts the attempts allowed
	 */
	public static Decision decide(Attempt attempt, int attemptsMade, int maxAttempts) {
		Decision decision = switch (attempt) {
			case Attempt.Failed failed -> Decision.RETRY;
			case Attempt.Answered answered when answered.status() >= 200 && answered.status() < 300 ->
				Decision.DELIVERED;
			case Attempt.Answered answered when answered.status() >= 500 || answered.status() == 408
					|| answered.status() == 429 ->
				Decision.RETRY;
			case Attempt.Answered answered -> Decision.DEAD;
		};
		return (decision == Decision.RETRY && attemptsMade >= maxAttempts) ? Decision.DEAD : decision;
	}

	/**
	 * The wait before the next attempt: {@code first x multiplier^(attempts-1)}, at most
	 * {@code max}, spread by {@code +/- jitter} of itself so that the jobs of a school
	 * whose system was down do not all come back at once. Resilience4j's
	 * {@link IntervalFunction}: the platform's retries already use it.
	 */
	public record Backoff(Duration first, double multiplier, double jitter, Duration max) {

		public Backoff {
			if (first.isNegative() || first.isZero() || multiplier < 1 || jitter < 0 || jitter >= 1
					|| max.compareTo(first) < 0) {
				throw new IllegalArgumentException("a backoff starts above zero, grows (multiplier at least 1), "
						+ "spreads by less than itself (jitter in [0, 1)) and is capped at or above its start");
			}
		}

		/** The wait after the {@code attemptsMade}th attempt failed (from 1). */
		public Duration after(int attemptsMade) {
			IntervalFunction interval = (this.jitter == 0)
					? IntervalFunction.ofExponentialBackoff(this.first, this.multiplier, this.max)
					: IntervalFunction.ofExponentialRandomBackoff(this.first, this.multiplier, this.jitter, this.max);
			return Duration.ofMillis(interval.apply(Math.max(1, attemptsMade)));
		}

	}

}
