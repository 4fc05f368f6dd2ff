package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per minute each client may make ({@code client_id}), with overrides for named
 * clients (a school MIS uploading registers needs more than a partner's case system), and
 * where the buckets live: in this gateway's memory, or in Redis ({@code redis-uri}, e.g.
 * {@code rediss://user:password@redis:6379}) so that every replica draws on the same
 * bucket (ADR 0013). {@code redis-timeout} bounds each Redis round trip; past it the
 * request is counted in this replica's memory instead.
 */
@ConfigurationProperties("dorset.gateway.rate-limit")
public record RateLimitSettings(@DefaultValue("600") int requestsPerMinute, @DefaultValue Map<String, Integer> clients,
		String redisUri, @DefaultValue("250ms") Duration redisTimeout) {

	public RateLimitSettings {
		clients = (clients == null) ? Map.of() : Map.copyOf(clients);
		if (requestsPerMinute < 1 || clients.values().stream().anyMatch(limit -> limit < 1)) {
			throw new IllegalStateException("dorset.gateway.rate-limit: every limit is at least 1 request a minute");
		}
		redisUri = (redisUri == null || redisUri.isBlank()) ? null : redisUri.trim();
		if (redisTimeout.isNegative() || redisTimeout.isZero()) {
			throw new IllegalStateException("dorset.gateway.rate-limit.redis-timeout must be positive");
		}
	}

	public int limitFor(String clientId) {
		return this.clients.getOrDefault(clientId, this.requestsPerMinute);
	}

	/** Whether the buckets are shared through Redis. */
	public boolean shared() {
		return this.redisUri != null;
	}

}
