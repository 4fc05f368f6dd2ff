package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.HttpProblems;

/**
 * Writes RFC 9457 problem details for the refusals the gateway makes itself, with the
 * same problem types the services use ({@link Problem}) where one fits, and
 * {@code about:blank} (the status says it all) otherwise.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.shared();

	private ProblemResponses() {
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
		return write(exchange, status, detail, List.of());
	}

	/** With the fields that were wrong, as the services report them ({@code errors}). */
	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			List<Violation> violations) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		response.setStatusCode(status);
		if (unreadBody(exchange)) {
			// Refused before its body was read (a size cap, a missing token or scope):
			// the connection still holds the body, so it is closed rather than kept for
			// the client's next request, which would otherwise wait behind that body
			// (RFC 9112 section 9.6).
			response.getHeaders().set(HttpHeaders.CONNECTION, "close");
		}
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setCacheControl("no-store");
		Map<String, Object> body = body(exchange, status, detail);
		if (!violations.isEmpty()) {
			body.put("errors", violations.stream().map(v -> Map.of("field", v.field(), "detail", v.detail())).toList());
		}
		DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsBytes(body));
		return response.writeWith(Mono.just(buffer));
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail,
			String wwwAuthenticate) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate);
		return write(exchange, status, detail);
	}

	/** Whether the request declared a body: the gateway's refusals never read one. */
	private static boolean unreadBody(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	static Map<String, Object> body(ServerWebExchange exchange, HttpStatus status, String detail) {
		Problem kind = HttpProblems.ofStatus(status.value()).orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (kind != null) ? HttpProblems.typeUri(kind) : "about:blank");
		body.put("title", (kind != null) ? kind.title() : status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", exchange.getRequest().getPath().value());
		return body;
	}

}
