package uk.gov.dorsetcouncil.edu.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.problem.ProblemResponses;

/**
 * Caps the body of every routed request (OWASP API4:2023, unrestricted resource
 * consumption). The declared length is checked before anything is read; a body without a
 * declared length is refused, because its size could only be known after streaming it to
 * a service.
 */
public class RequestSizeLimit implements GlobalFilter, Ordered {

	private final DataSize maxSize;

	public RequestSizeLimit(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		long length = headers.getContentLength();
		if (length > this.maxSize.toBytes()) {
			return ProblemResponses.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
					"the request body is " + length + " bytes; at most " + this.maxSize.toBytes() + " are accepted");
		}
		if (length < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return ProblemResponses.write(exchange, HttpStatus.LENGTH_REQUIRED,
					"send the request body with a Content-Length (at most " + this.maxSize.toBytes() + " bytes)");
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
