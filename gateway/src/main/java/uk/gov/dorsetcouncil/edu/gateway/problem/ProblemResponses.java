package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemDocument;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;

/**
 * Writes RFC 9457 problem details for the refusals the gateway makes itself, in the one
 * shape the services use ({@link ProblemDocument}), each with a type that has its page
 * ({@link ProblemType}) and the request's id ({@link RequestIdFilter}).
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		return write(exchange, status, detail, List.of());
	}

	/** With the fields that were wrong, as the services report them ({@code errors}). */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			List<Violation> violations) {
		return write(exchange, ProblemType.ofStatus(status.value()), status.value(), detail, violations, Map.of());
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			String wwwAuthenticate) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
		return write(exchange, status, detail);
	}

	/**
	 * A problem of a given type, with members beyond the usual ones ({@code accepted} on
	 * a 415).
	 */
	public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, int status, String detail,
			List<Violation> violations, Map<String, Object> more) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setRawStatusCode(status);
		if (unreadBody(exchange)) {
			// Refused before its body was read (a size cap, a missing token or scope):
			// the connection still holds the body, so it is closed rather than kept for
			// the client's next request, which would otherwise wait behind that body
			// (RFC 9112 section 9.6).
			response.getHeaders().set(HttpHeaders.CONNECTION, "close");
		}
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setCacheControl("no-store");
		Map<String, Object> body = ProblemDocument.of(type, status, detail, exchange.getRequest().getPath().value(),
				violations, RequestIdFilter.of(exchange));
		body.putAll(more);
		DataBuffer buffer = response.bufferFactory().wrap(ProblemDocument.json(body));
		return response.writeWith(Mono.just(buffer));
	}

	/** Whether the request declared a body: the gateway's refusals never read one. */
	private static boolean unreadBody(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

}
