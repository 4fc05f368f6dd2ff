package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's one way to data: the platform's public API, asked over HTTP as the
 * signed-in viewer with their access token, exactly as a partner's system would ask. So
 * every rule the API applies (scopes, organisation scoping, field policy, purposes and
 * agreements, small-number suppression, rate limits, the audit of what is released)
 * applies to the dashboard too: it has no door of its own to the services. By default the
 * API is this gateway itself on loopback ({@code dorset.dashboard.api-url} names
 * another).
 */
public class PlatformApi {

	/** Past this the view shows the part as unavailable rather than wait. */
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private final Environment environment;

	private final String configuredUrl;

	private final JsonMapper json = JsonMapper.shared();

	private volatile String base;

	private final WebClient web;

	public PlatformApi(Environment environment, String configuredUrl) {
		this.environment = environment;
		this.configuredUrl = configuredUrl;
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
			.responseTimeout(TIMEOUT);
		this.web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
	}

	/**
	 * GET a path of the API (with its query) as the viewer whose token this is. The path
	 * and query are taken as they are: the views build them from checked values only.
	 */
	public Mono<ApiAnswer> get(String accessToken, String pathAndQuery) {
		return this.web.get()
			.uri(URI.create(base() + pathAndQuery))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
			.accept(MediaType.APPLICATION_JSON)
			.exchangeToMono(response -> response.bodyToMono(String.class).defaultIfEmpty("").map(body -> {
				int status = response.statusCode().value();
				if (status == 200) {
					return (ApiAnswer) new ApiAnswer.Answered(this.json.readTree(body));
				}
				if (status >= 400 && status < 500) {
					return new ApiAnswer.Refused(status, detail(body, status));
				}
				return new ApiAnswer.Unavailable("the platform answered " + status);
			}))
			.timeout(TIMEOUT)
			.onErrorResume(ex -> Mono.just(new ApiAnswer.Unavailable("the platform did not answer")));
	}

	/** The problem's detail (RFC 9457), or a plain sentence when there is none. */
	private String detail(String body, int status) {
		try {
			JsonNode problem = this.json.readTree(body);
			String detail = problem.path("detail").asString("");
			if (!detail.isBlank()) {
				return detail;
			}
		}
		catch (RuntimeException ex) {
			// Not a problem document: fall through to the status.
		}
		return switch (status) {
			case 401 -> "your sign-in has ended";
			case 403 -> "you do not have the right to see this";
			case 404 -> "there is no such record";
			default -> "the request was refused (" + status + ")";
		};
	}

	private String base() {
		String current = this.base;
		if (current == null) {
			// This gateway's own port is known only once its server has started.
			current = (this.configuredUrl != null && !this.configuredUrl.isBlank()) ? this.configuredUrl
					: "http://127.0.0.1:" + this.environment.getRequiredProperty("local.server.port");
			this.base = current;
		}
		return current;
	}

}
