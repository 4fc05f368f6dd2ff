package uk.gov.dorsetcouncil.edu.transport.distance.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which route-distance provider measures ({@code dorset.transport.routing.*}):
 * {@code embedded} (the default: the network generated from {@code seed}) or
 * {@code routing-engine} (an OSRM-style engine at {@code engine.base-url}).
 */
@ConfigurationProperties("dorset.transport.routing")
public record RoutingSettings(String provider, long seed, Engine engine) {

	public RoutingSettings {
		provider = (provider == null || provider.isBlank()) ? "embedded" : provider;
		if (!provider.equals("embedded") && !provider.equals("routing-engine")) {
			throw new IllegalArgumentException(
					"set dorset.transport.routing.provider to embedded or routing-engine, not '" + provider + "'");
		}
		if (provider.equals("routing-engine") && (engine == null || engine.baseUrl() == null)) {
			throw new IllegalArgumentException(
					"the routing engine needs its address: set dorset.transport.routing.engine.base-url");
		}
	}

	/**
	 * The outside engine and how long it is given; the breaker opens when half of the
	 * last {@code slidingWindowSize} calls (at least {@code minimumCalls}) failed, for
	 * {@code waitInOpenState}.
	 */
	public record Engine(URI baseUrl, String walkingProfile, String roadProfile, Duration timeout,
			int slidingWindowSize, int minimumCalls, float failureRateThreshold, Duration waitInOpenState) {

		public Engine {
			walkingProfile = (walkingProfile == null) ? "foot" : walkingProfile;
			roadProfile = (roadProfile == null) ? "driving" : roadProfile;
			timeout = (timeout == null) ? Duration.ofSeconds(2) : timeout;
			slidingWindowSize = (slidingWindowSize <= 0) ? 10 : slidingWindowSize;
			minimumCalls = (minimumCalls <= 0) ? 5 : minimumCalls;
			failureRateThreshold = (failureRateThreshold <= 0) ? 50 : failureRateThreshold;
			waitInOpenState = (waitInOpenState == null) ? Duration.ofSeconds(15) : waitInOpenState;
		}

	}

}
