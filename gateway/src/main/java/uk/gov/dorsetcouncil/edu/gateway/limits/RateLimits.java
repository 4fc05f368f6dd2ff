package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;

/**
 * A token bucket per client (OWASP API4:2023, unrestricted resource consumption): each
 * authenticated client may make its configured number of API requests a minute, refilled
 * smoothly; past that it is answered 429 with {@code Retry-After} (RFC 9110 section
 * 10.2.3) and the request goes no further. The buckets are in memory or shared through
 * Redis ({@link ClientBuckets}; ADR 0013).
 */
public class RateLimits implements WebFilter {

	static final String POLICY = "RateLimit-Policy";

	static final String LIMIT = "RateLimit";

	private static final String POLICY_NAME = "per-client";

	private final RateLimitSettings settings;

	private final ClientBuckets buckets;

	public RateLimits(RateLimitSettings settings, ClientBuckets buckets) {
		this.settings = settings;
		this.buckets = buckets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var caller = ExchangeCaller.of(exchange);
		if (caller == null) {
			return chain.filter(exchange);
		}
		int perMinute = this.settings.limitFor(caller.clientId());
		return Mono.fromFuture(() -> this.buckets.tryConsume(caller.clientId(), perMinute)).flatMap(probe -> {
			announce(exchange.getResponse().getHeaders(), probe, perMinute);
			return probe.isConsumed() ? chain.filter(exchange) : refuse(exchange, probe, caller.clientId(), perMinute);
		});
	}

	/**
	 * Tells the client its quota on every answer, so it can slow down before a 429: the
	 * policy ({@code q} requests in a window of {@code w} seconds) and what is left of it
	 * ({@code r} requests, full again in {@code t} seconds), as the IETF's RateLimit
	 * header fields draft (draft-ietf-httpapi-ratelimit-headers) writes them.
	 */
	static void announce(HttpHeaders headers, ConsumptionProbe probe, int perMinute) {
		headers.set(POLICY, "\"" + POLICY_NAME + "\";q=" + perMinute + ";w=60");
		long reset = (probe.getNanosToWaitForReset() + 999_999_999L) / 1_000_000_000L;
		headers.set(LIMIT, "\"" + POLICY_NAME + "\";r=" + probe.getRemainingTokens() + ";t=" + reset);
	}

	private static Mono<Void> refuse(ServerWebExchange exchange, ConsumptionProbe probe, String clientId,
			int perMinute) {
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"client " + clientId + " may make " + perMinute + " requests a minute; retry after " + seconds + " s");
	}

}
