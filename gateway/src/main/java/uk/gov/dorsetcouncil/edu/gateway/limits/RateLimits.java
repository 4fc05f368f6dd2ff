package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
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
 * 10.2.3) and the request goes no further. Buckets live in this gateway's memory, so with
 * several replicas each allows the limit; sharing them needs a Bucket4j proxy manager on
 * Redis (see docs/adr/0010).
 */
public class RateLimits implements WebFilter {

	private final RateLimitSettings settings;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	public RateLimits(RateLimitSettings settings) {
		this.settings = settings;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		var caller = TokenCaller.of(exchange);
		if (caller == null) {
			return chain.filter(exchange);
		}
		Bucket bucket = this.buckets.computeIfAbsent(caller.clientId(), this::bucket);
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return chain.filter(exchange);
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		return ProblemResponses.write(exchange, HttpStatus.TOO_MANY_REQUESTS,
				"client " + caller.clientId() + " may make " + this.settings.limitFor(caller.clientId())
						+ " requests a minute; retry after " + seconds + " s");
	}

	private Bucket bucket(String clientId) {
		int perMinute = this.settings.limitFor(clientId);
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

}
