package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per minute each client may make ({@code client_id}), with overrides for named
 * clients (a school MIS uploading registers needs more than a partner's case system).
 */
@ConfigurationProperties("dorset.gateway.rate-limit")
public record RateLimitSettings(@DefaultValue("600") int requestsPerMinute,
		@DefaultValue Map<String, Integer> clients) {

	public RateLimitSettings {
		clients = (clients == null) ? Map.of() : Map.copyOf(clients);
		if (requestsPerMinute < 1 || clients.values().stream().anyMatch(limit -> limit < 1)) {
			throw new IllegalStateException("dorset.gateway.rate-limit: every limit is at least 1 request a minute");
		}
	}

	public int limitFor(String clientId) {
		return this.clients.getOrDefault(clientId, this.requestsPerMinute);
	}

}
