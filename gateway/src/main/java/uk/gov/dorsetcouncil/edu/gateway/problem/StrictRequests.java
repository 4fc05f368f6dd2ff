package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.platform.input.QueryString;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.ContentTypes;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;

/**
 * Reads every API request's query and Content-Type strictly, as the services do, before
 * anything else reads them: malformed percent-encoding, bytes that are not UTF-8 and
 * control characters in the query are a 400 problem naming the parameter (WebFlux would
 * put U+FFFD in their place, or fail); a Content-Type that is not one media type is a
 * 415. Routed requests are refused here too, so a service never sees them. The query read
 * is kept on the exchange for the check of unknown parameter names
 * ({@link QueryParameterCheck}).
 */
public class StrictRequests implements WebFilter, Ordered {

	static final String ATTRIBUTE = QueryString.class.getName();

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
			return chain.filter(exchange);
		}
		QueryString query;
		try {
			query = QueryString.parse(exchange.getRequest().getURI().getRawQuery());
		}
		catch (ProblemException ex) {
			return ProblemResponses.write(exchange, HttpStatus.BAD_REQUEST, ex.getMessage(), ex.violations());
		}
		Optional<String> contentType = ContentTypes
			.problemWith(exchange.getRequest().getHeaders().getFirst("Content-Type"));
		if (contentType.isPresent()) {
			return ProblemResponses.write(exchange, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, contentType.get(),
					List.of(new Violation("Content-Type", contentType.get())), Map.of());
		}
		exchange.getAttributes().put(ATTRIBUTE, query);
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// After the request id, before security: a malformed request is refused whoever
		// sends it.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
