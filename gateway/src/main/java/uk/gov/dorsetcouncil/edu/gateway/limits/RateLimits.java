package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;
import uk.gov.dorsetcouncil.edu.gateway.security.TokenCaller;

/**
 * A token bucket per client (OWASP API4:2023, unrestricted resource consumption): each
 * authenticated client may make its configured number of API requests a minute, refilled
 * smoothly; past that it is answered 429 with {@code Retry-After} (RFC 9110 section
 * 10.2.3) and the request goes no further. The buckets are in memory or shared through
 * Redis ({@link ClientBuckets}; ADR 0013).
 */
public class RateLimits implements WebFilter {

	private final RateLimitSettings settings;

	private final ClientBuckets buckets;

	public RateLimits(RateLimitSettings settings, ClientBuckets buckets) {
		this.settings = settings;
		this.buckets = buckets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var caller = TokenCaller.of(exchange);
		if (caller == null) {
			return chain.filter(exchange);
		}
		int perMinute = this.settings.limitFor(caller.clientId());
		return Mono.fromFuture(() -> this.buckets.tryConsume(caller.clientId(), perMinute))
			.flatMap(probe -> probe.isConsumed() ? chain.filter(exchange)
					: refuse(exchange, probe, caller.clientId(), perMinute));
	}

	private static Mono<Void> refuse(ServerWebExchange exchange, ConsumptionProbe probe, String clientId,
			int perMinute) {
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"client " + clientId + " may make " + perMinute + " requests a minute; retry after " + seconds + " s");
	}

}
