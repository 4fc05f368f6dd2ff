package uk.gov.dorsetcouncil.edu.gateway.routing;

import java.util.Locale;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.access.web.ExchangeCaller;
import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;

/**
 * Tells the service who is calling. Any {@code x-dorset-*} header the client sent is
 * removed first (a client must never set its own identity), then the caller headers are
 * set from the validated token. The bearer token itself is not forwarded: services trust
 * the gateway's headers and have no use for it.
 */
public class CallerContextRelay implements GlobalFilter, Ordered {

	private static final String CALLER_HEADER_PREFIX = "x-dorset-";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Caller caller = ExchangeCaller.of(exchange);
		if (caller == null) {
			// Security lets no routed call through without a caller; if it ever did,
			// fail closed rather than forward an anonymous call.
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "no authenticated caller");
		}
		ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
			headers.headerNames()
				.stream()
				.filter(name -> name.toLowerCase(Locale.ROOT).startsWith(CALLER_HEADER_PREFIX))
				.toList()
				.forEach(headers::remove);
			headers.remove(HttpHeaders.AUTHORIZATION);
			CallerHeaders.toHeaders(caller).forEach(headers::set);
		}).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
