package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * The one shape of a problem answer (RFC 9457), from the gateway and from every service,
 * whoever writes it (a controller advice, a filter, the security chain, the server
 * itself): {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * the fields at fault in {@code errors}, and the {@code requestId} that is in the logs.
 */
public final class ProblemDocument {

	/** The media type of every problem answer. */
	public static final String MEDIA_TYPE = "application/problem+json";

	private ProblemDocument() {
	}

	/**
	 * A problem answer's members, in their order.
	 * @param instance the path the request was for, or null
	 * @param requestId the request's correlation id, or null
	 */
	public static Map<String, Object> of(ProblemType type, int status, String detail, String instance,
			List<Violation> violations, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", type.uri());
		body.put("title", type.title());
		body.put("status", status);
		body.put("detail", detail);
		if (instance != null) {
			body.put("instance", instance);
		}
		if (!violations.isEmpty()) {
			body.put("errors", errors(violations));
		}
		if (requestId != null) {
			body.put("requestId", requestId);
		}
		return body;
	}

	/** The {@code errors} member: each field at fault and what was wrong with it. */
	public static List<Map<String, String>> errors(List<Violation> violations) {
		return violations.stream().map((v) -> Map.of("field", v.field(), "detail", v.detail())).toList();
	}

	/** The answer as JSON in UTF-8. */
	public static byte[] json(Map<String, Object> body) {
		return JsonMapper.shared().writeValueAsBytes(body);
	}

}
