package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/** Makes one {@link DownstreamCall} per configured target, once. */
public final class DownstreamCalls {

	private final DownstreamSettings settings;

	private final CircuitBreakerRegistry registry;

	private final Map<String, DownstreamCall> calls = new ConcurrentHashMap<>();

	public DownstreamCalls(DownstreamSettings settings, CircuitBreakerRegistry registry) {
		this.settings = settings;
		this.registry = registry;
	}

	public DownstreamCall to(String name) {
		return this.calls.computeIfAbsent(name,
				target -> new DownstreamCall(target, this.settings.target(target), this.registry));
	}

	public CircuitBreakerRegistry registry() {
		return this.registry;
	}

}
