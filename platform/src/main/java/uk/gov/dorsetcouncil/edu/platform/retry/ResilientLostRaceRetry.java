package uk.gov.dorsetcouncil.edu.platform.retry;

import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * {@link LostRaceRetry} on Resilience4j's Retry: exponential backoff with jitter between
 * attempts, one Retry per named operation, all from the one configuration. Counts
 * attempts that lost ({@code dorset.writes.lost_races}) and operations that lost every
 * attempt ({@code dorset.writes.lost_race_exhausted}) by operation, so that contention
 * shows before clients see 409s.
 */
public final class ResilientLostRaceRetry implements LostRaceRetry {

	private final RetryRegistry registry;

	private final MeterRegistry meters;

	public ResilientLostRaceRetry(LostRaceRetrySettings settings, MeterRegistry meters) {
		this.registry = RetryRegistry.of(RetryConfig.<Optional<?>>custom()
			.maxAttempts(settings.maxAttempts())
			.intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.firstPause(), settings.multiplier(),
					settings.randomisation()))
			.retryOnResult(Optional::isEmpty)
			// A failure is not a lost race: it leaves at once, as it came.
			.retryOnException((failure) -> false)
			// Every attempt lost: the last (empty) answer is returned, and the caller
			// decides what a loss means.
			.failAfterMaxAttempts(false)
			.build());
		this.meters = (meters != null) ? meters : Metrics.globalRegistry;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> Optional<T> tryToWin(String operation, Supplier<Optional<T>> attempt) {
		Retry retry = this.registry.retry(operation);
		Supplier<Optional<?>> counted = () -> {
			Optional<T> won = attempt.get();
			if (won.isEmpty()) {
				this.meters.counter("dorset.writes.lost_races", "operation", operation).increment();
			}
			return won;
		};
		Optional<T> won = (Optional<T>) retry.executeSupplier(counted);
		if (won.isEmpty()) {
			this.meters.counter("dorset.writes.lost_race_exhausted", "operation", operation).increment();
		}
		return won;
	}

}
