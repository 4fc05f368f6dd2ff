package uk.gov.dorsetcouncil.edu.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;

/**
 * Asks every service, in parallel, whether it is ready (its
 * {@code /actuator/health/readiness}), each with a short timeout, so a hung service
 * cannot hold the answer. A service is up only if it answers 2xx in time.
 */
public class ServiceHealth {

	static final String READINESS_PATH = "/actuator/health/readiness";

	private final Map<PlatformService, URI> services;

	private final Duration timeout;

	private final WebClient client;

	public ServiceHealth(Map<PlatformService, URI> services, Duration timeout) {
		this.services = Map.copyOf(services);
		this.timeout = timeout;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
			.responseTimeout(timeout);
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	public Mono<AggregatedHealth> check() {
		return Flux.fromArray(PlatformService.values())
			.flatMap(service -> readiness(this.services.get(service)).map(status -> Map.entry(service, status)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map(statuses -> {
				Map<String, Status> ordered = new LinkedHashMap<>();
				for (PlatformService service : PlatformService.values()) {
					ordered.put(service.configName(), statuses.get(service));
				}
				return AggregatedHealth.of(ordered);
			});
	}

	private Mono<Status> readiness(URI baseUrl) {
		return this.client.get()
			.uri(baseUrl.resolve(READINESS_PATH))
			.retrieve()
			.toBodilessEntity()
			.map(response -> response.getStatusCode().is2xxSuccessful() ? Status.UP : Status.DOWN)
			.timeout(this.timeout)
			.onErrorReturn(Status.DOWN);
	}

	public enum Status {

		UP, DOWN

	}

	/**
	 * The platform's health: up only when every service is up. Nothing beyond up or down
	 * is told, so the answer reveals nothing about the inside.
	 */
	public record AggregatedHealth(Status status, Map<String, Status> services) {

		static AggregatedHealth of(Map<String, Status> services) {
			boolean allUp = services.values().stream().allMatch(Status.UP::equals);
			return new AggregatedHealth(allUp ? Status.UP : Status.DOWN, services);
		}

	}

}
