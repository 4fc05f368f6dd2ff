package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How each downstream gRPC service is called: its deadline and its circuit breaker. Every
 * target is configured on purpose (Resilience4j's defaults need 100 calls before
 * opening).
 *
 * @param downstream settings per target name, for example
 * {@code dorset.downstream.attendance}
 */
@ConfigurationProperties("dorset")
public record DownstreamSettings(Map<String, Target> downstream) {

	public DownstreamSettings {
		downstream = (downstream == null) ? Map.of() : Map.copyOf(downstream);
	}

	public Target target(String name) {
		Target target = this.downstream.get(name);
		if (target == null) {
			throw new IllegalStateException("Set dorset.downstream." + name
					+ ".deadline (and its circuit-breaker settings): every downstream call is configured on purpose");
		}
		return target;
	}

	/**
	 * @param deadline how long one call may take before it is abandoned
	 * @param failureRateThreshold percentage of failed calls that opens the breaker
	 * @param slowCallThreshold calls slower than this count as slow
	 * @param slidingWindowSize how many recent calls the failure rate is computed over
	 * @param minimumCalls calls needed before the breaker may open
	 * @param waitInOpenState how long the breaker stays open before letting trial calls
	 * through
	 */
	public record Target(Duration deadline, Float failureRateThreshold, Duration slowCallThreshold,
			Integer slidingWindowSize, Integer minimumCalls, Duration waitInOpenState) {

		public Target {
			if (deadline == null) {
				throw new IllegalStateException("a downstream target needs a deadline");
			}
			failureRateThreshold = (failureRateThreshold == null) ? 50f : failureRateThreshold;
			slowCallThreshold = (slowCallThreshold == null) ? deadline : slowCallThreshold;
			slidingWindowSize = (slidingWindowSize == null) ? 20 : slidingWindowSize;
			minimumCalls = (minimumCalls == null) ? 5 : minimumCalls;
			waitInOpenState = (waitInOpenState == null) ? Duration.ofSeconds(10) : waitInOpenState;
		}

	}

}
