package uk.gov.dorsetcouncil.edu.gateway.problem;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.platform.input.QueryString;
import uk.gov.dorsetcouncil.edu.platform.web.QueryParameterNames;

/**
 * The gateway's own handlers refuse query parameters they do not take, naming each, as
 * the services do: the names each handler takes come from its declaration
 * ({@link QueryParameterNames}). The routed paths are checked by the service behind them.
 */
public class QueryParameterCheck extends RequestMappingHandlerMapping {

	private final QueryParameterNames names = new QueryParameterNames();

	@Override
	public Mono<HandlerMethod> getHandlerInternal(ServerWebExchange exchange) {
		return super.getHandlerInternal(exchange).doOnNext((handler) -> {
			if (exchange.getRequest().getPath().value().startsWith("/api/")) {
				Object read = exchange.getAttribute(StrictRequests.ATTRIBUTE);
				QueryString query = (read instanceof QueryString parsed) ? parsed
						: QueryString.parse(exchange.getRequest().getURI().getRawQuery());
				this.names.of(handler).ifPresent(query::requireOnly);
			}
		});
	}

}
