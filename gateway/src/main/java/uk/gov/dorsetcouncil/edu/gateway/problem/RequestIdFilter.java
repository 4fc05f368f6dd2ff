package uk.gov.dorsetcouncil.edu.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;

/**
 * Gives every request its correlation id ({@link RequestIds}), first of all: in the
 * answer's {@code X-Request-Id}, in every problem answer, in the header the services
 * receive (the caller's own is replaced by the one accepted), in the gRPC calls the
 * aggregations make (through the Reactor context), and in the gateway's log lines about
 * the request.
 */
public class RequestIdFilter implements WebFilter, Ordered {

	static final String ATTRIBUTE = RequestIds.MDC_KEY;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String id = RequestIds.from(request.getHeaders().getFirst(RequestIds.HEADER),
				request.getHeaders().getFirst(RequestIds.TRACEPARENT));
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
		ServerHttpRequest relayed = request.mutate().headers((headers) -> headers.set(RequestIds.HEADER, id)).build();
		return chain.filter(exchange.mutate().request(relayed).build())
			.contextWrite((context) -> context.put(ATTRIBUTE, id));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** The id of the request, or null before this filter ran. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(ATTRIBUTE);
	}

	/** The id in a Reactor context, or null. */
	public static String of(ContextView context) {
		return context.getOrDefault(ATTRIBUTE, null);
	}

	/** Runs {@code work} (a log line) with the request's id in the MDC. */
	public static void logged(ServerWebExchange exchange, Runnable work) {
		RequestIds.run(of(exchange), work);
	}

}
