package uk.gov.dorsetcouncil.edu.gateway.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.ChannelOption;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.gateway.routing.ServiceEndpoints;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;

/**
 * The services' own OpenAPI documents, as last fetched: each service serves its document
 * at {@code <its path prefix>/openapi.json}. The gateway fetches them at start and then
 * every {@code dorset.gateway.api-documents.refresh}; a document it does not hold (a
 * service still starting, or down) is asked for again every
 * {@code dorset.gateway.api-documents.retry}. All in the background, as itself (a service
 * answers {@code /api} calls only with caller headers), from the configured service URLs
 * only, each within a timeout. A service whose document cannot be fetched, or is not an
 * OpenAPI 3 document, counts as undescribed until a later fetch succeeds, so the
 * published inventory never claims paths that were not confirmed (OWASP API9:2023).
 */
@Component
class ServiceApiCatalogue implements SmartLifecycle {

	static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final Logger log = LoggerFactory.getLogger(ServiceApiCatalogue.class);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final ServiceEndpoints endpoints;

	private final Duration refresh;

	private final Duration retry;

	private volatile long lastFullRefresh = Long.MIN_VALUE;

	private final WebClient client;

	private final Map<PlatformService, Described> described = new ConcurrentHashMap<>();

	private volatile Disposable schedule;

	ServiceApiCatalogue(ServiceEndpoints endpoints,
			@Value("${dorset.gateway.api-documents.refresh:5m}") Duration refresh,
			@Value("${dorset.gateway.api-documents.retry:15s}") Duration retry) {
		this.endpoints = endpoints;
		this.refresh = refresh;
		this.retry = retry;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TIMEOUT.toMillis())
			.responseTimeout(TIMEOUT);
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	static String documentPath(PlatformService service) {
		return service.pathPrefix() + "/openapi.json";
	}

	/**
	 * Fetches every service's document once; completes when each has answered or failed.
	 */
	Mono<Void> refresh() {
		return fetchAll(EnumSet.allOf(PlatformService.class));
	}

	/**
	 * Every document when a refresh is due, otherwise only those not held.
	 */
	Mono<Void> refreshDue() {
		long now = System.nanoTime();
		if (this.lastFullRefresh == Long.MIN_VALUE || now - this.lastFullRefresh >= this.refresh.toNanos()) {
			this.lastFullRefresh = now;
			return refresh();
		}
		Set<PlatformService> missing = undescribed();
		return missing.isEmpty() ? Mono.empty() : fetchAll(missing);
	}

	private Mono<Void> fetchAll(Set<PlatformService> services) {
		return Flux.fromIterable(services)
			.flatMap((service) -> fetch(service).doOnNext((fresh) -> this.described.put(service, fresh))
				.onErrorResume((failure) -> forget(service, failure)))
			.then();
	}

	private Mono<Described> forget(PlatformService service, Throwable failure) {
		log.warn("the {} service's API document could not be fetched: {}", service.configName(), failure.toString());
		this.described.remove(service);
		return Mono.empty();
	}

	/**
	 * The service's document as it describes itself, its servers pointing at the gateway.
	 */
	Optional<JsonNode> document(PlatformService service) {
		return Optional.ofNullable(this.described.get(service)).map(Described::served);
	}

	/** The documents held, namespaced to be merged into the gateway's. */
	Map<PlatformService, OpenAPI> namespaced() {
		Map<PlatformService, OpenAPI> namespaced = new EnumMap<>(PlatformService.class);
		this.described.forEach((service, held) -> namespaced.put(service, held.namespaced()));
		return namespaced;
	}

	/** The routed services whose document is not held now. */
	Set<PlatformService> undescribed() {
		Set<PlatformService> undescribed = EnumSet.allOf(PlatformService.class);
		undescribed.removeAll(this.described.keySet());
		return undescribed;
	}

	private Mono<Described> fetch(PlatformService service) {
		URI url = this.endpoints.restUrl(service).resolve(documentPath(service));
		Caller gateway = Caller.service("gateway", Set.of());
		return this.client.get()
			.uri(url)
			.headers((headers) -> CallerHeaders.toHeaders(gateway).forEach(headers::set))
			.retrieve()
			.bodyToMono(String.class)
			.timeout(TIMEOUT)
			// parsing and renaming are CPU work: off the event loop
			.publishOn(Schedulers.boundedElastic())
			.map((body) -> {
				JsonNode document = JSON.readTree(body);
				JsonNode namespaced = ServiceApiNamespace.namespaced(service, document);
				try {
					return new Described(ServiceApiNamespace.servedThroughTheGateway(service, document),
							Json31.mapper().readValue(JSON.writeValueAsString(namespaced), OpenAPI.class));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
	}

	@Override
	public void start() {
		this.schedule = Flux
			.interval(Duration.ZERO, (this.retry.compareTo(this.refresh) < 0) ? this.retry : this.refresh)
			.onBackpressureDrop()
			.concatMap((tick) -> refreshDue())
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable running = this.schedule;
		if (running != null) {
			running.dispose();
		}
		this.schedule = null;
	}

	@Override
	public boolean isRunning() {
		return this.schedule != null;
	}

	private record Described(JsonNode served, OpenAPI namespaced) {

	}

}
