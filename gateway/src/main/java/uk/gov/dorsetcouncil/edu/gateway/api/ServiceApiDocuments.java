package uk.gov.dorsetcouncil.edu.gateway.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.ChannelOption;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.gateway.routing.ServiceEndpoints;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * The services' own OpenAPI documents, open like the gateway's ({@code /v3/api-docs}) and
 * listed beside it in the Swagger UI: {@code /v3/services/<service>/openapi.json}. The
 * gateway fetches each from its service as itself (a service answers {@code /api} calls
 * only with caller headers), from configured addresses only (never a URL from the
 * request), keeps it five minutes, and points its {@code servers} at the gateway, which
 * routes the paths unchanged.
 */
@RestController
@Hidden
class ServiceApiDocuments {

	/** The services that describe their API, and where (under their own route). */
	static final Map<PlatformService, String> DOCUMENTS = Map.of(PlatformService.ATTENDANCE,
			"/api/v1/attendance/openapi.json");

	private static final Duration KEEP = Duration.ofMinutes(5);

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private static final JsonMapper JSON = JsonMapper.shared();

	private final ServiceEndpoints endpoints;

	private final Clock clock;

	private final WebClient client;

	private final Map<PlatformService, Held> held = new ConcurrentHashMap<>();

	ServiceApiDocuments(ServiceEndpoints endpoints, Clock clock) {
		this.endpoints = endpoints;
		this.clock = clock;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TIMEOUT.toMillis())
			.responseTimeout(TIMEOUT);
		this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	@GetMapping(path = "/v3/services/{service}/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> document(@PathVariable String service) {
		PlatformService known = DOCUMENTS.keySet()
			.stream()
			.filter(candidate -> candidate.configName().equals(service))
			.findFirst()
			.orElseThrow(() -> ProblemException.notFound("no API description is listed for '" + service + "'"));
		Held kept = this.held.get(known);
		Instant now = this.clock.instant();
		Mono<Map<String, Object>> document = (kept != null && kept.at().plus(KEEP).isAfter(now))
				? Mono.just(kept.document())
				: fetch(known).doOnNext(fresh -> this.held.put(known, new Held(fresh, now)));
		return document.map(body -> ResponseEntity.ok().cacheControl(CacheControl.maxAge(KEEP)).body(body));
	}

	@SuppressWarnings("unchecked")
	private Mono<Map<String, Object>> fetch(PlatformService service) {
		URI url = this.endpoints.restUrl(service).resolve(DOCUMENTS.get(service));
		Caller gateway = Caller.service("gateway", Set.of());
		return this.client.get()
			.uri(url)
			.headers(headers -> CallerHeaders.toHeaders(gateway).forEach(headers::set))
			.retrieve()
			.bodyToMono(String.class)
			.timeout(TIMEOUT)
			.map(body -> {
				Map<String, Object> document = new LinkedHashMap<>(JSON.readValue(body, Map.class));
				document.put("servers", List.of(Map.of("url", "/", "description",
						"the gateway, which routes these paths to the " + service.configName() + " service")));
				return document;
			})
			.onErrorMap(failure -> !(failure instanceof ProblemException),
					failure -> new ProblemException(Problem.UNAVAILABLE, "the " + service.configName()
							+ " service's API description cannot be fetched now; try again later"));
	}

	private record Held(Map<String, Object> document, Instant at) {

	}

}
