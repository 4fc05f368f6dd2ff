package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Arrays;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;

/**
 * Every problem type the gateway and the services answer with (RFC 9457 section 3.1.1),
 * one row each: the type URI's last segment, the status, the title, and what it means to
 * a caller. The gateway serves each as a page at its URI ({@code /problems/<slug>}), and
 * docs/problems.md lists them; a test keeps the three the same. No error leaves the
 * platform with a type that is not here.
 */
public enum ProblemType {

	INVALID_INPUT(Problem.INVALID_INPUT,
			"A field, parameter, header or body is missing, malformed, out of range or not one the operation takes: "
					+ "a bad UPN, an unknown attendance code, text that is not valid Unicode, a date outside its "
					+ "bounds, a number where text belongs, an unknown field or query parameter, unreadable JSON or "
					+ "percent-encoding. The errors list names each field at fault. Nothing was stored: correct "
					+ "the request and send it again."),
	NO_CALLER_CONTEXT(401, "no-caller-context", "No caller context",
			"A service was called without the caller context the gateway sets. Services answer only what comes "
					+ "through the gateway: call the gateway."),
	UNAUTHENTICATED(401, "unauthenticated", "Not authenticated",
			"No bearer token, or one that is expired, badly signed, from another issuer or for another audience. "
					+ "The WWW-Authenticate header says which (RFC 6750 section 3). Get a new token and send the "
					+ "request again."),
	FORBIDDEN(Problem.FORBIDDEN,
			"The token's scopes do not allow this operation, or the caller's organisation may not see or change "
					+ "this record (another school's pupil, a partner without an agreement)."),
	NOT_FOUND(Problem.NOT_FOUND,
			"Nothing is held under that identifier for this caller, or nothing is served at this path. Check the "
					+ "path against the API description (/swagger-ui.html)."),
	METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed",
			"The path exists but does not take this method. The Allow header lists the methods it takes."),
	NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
			"The Accept header names no media type this path answers in. The API answers application/json, and "
					+ "application/problem+json for problems; send Accept: application/json or */*."),
	CONFLICT(Problem.CONFLICT,
			"The record changed while the request was handled, or an Idempotency-Key was used before with other "
					+ "content. Read the record again, or use a new key."),
	GONE(Problem.GONE,
			"What was asked for is no longer held, or was never reached: a change-feed position older than the "
					+ "feed's retention or beyond its end. Start again from what is true now."),
	PRECONDITION_FAILED(Problem.PRECONDITION_FAILED,
			"The document changed since it was read: the If-Match header names a version (the ETag a read gave) "
					+ "that is no longer the one held, or the document is not held. Read it again, decide, and "
					+ "write with the new ETag. Nothing was stored."),
	LENGTH_REQUIRED(411, "length-required", "Length required",
			"A body was sent without a Content-Length. Send its length, within the size cap."),
	PAYLOAD_TOO_LARGE(413, "payload-too-large", "Content too large",
			"The body is larger than the operation accepts; the detail says the cap. Send less at a time."),
	URI_TOO_LONG(414, "uri-too-long", "URI too long",
			"The request line is longer than the gateway reads. No operation needs a URI that long: send fewer or "
					+ "shorter query parameters."),
	UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
			"The body's Content-Type is missing, malformed, a wildcard, or not one the operation reads; the detail "
					+ "and the accepted list name the types it takes (usually application/json)."),
	RULE_BROKEN(Problem.RULE_BROKEN,
			"Well formed, but against a rule given what is held: a date that is not a school day, a pupil not on "
					+ "roll that day, a future date. The errors list names each field; nothing was stored."),
	RATE_LIMITED(429, "rate-limited", "Too many requests",
			"The client made more requests a minute than its limit. The Retry-After header says how many seconds "
					+ "to wait."),
	HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large",
			"The request's headers, or one of them, are larger than the gateway reads. Send fewer or smaller "
					+ "headers."),
	INTERNAL(500, "internal-error", "Internal error",
			"A defect, not something the caller did. The detail gives a reference (the request id) that is in the "
					+ "service's log; quote it when reporting the problem."),
	BAD_GATEWAY(502, "bad-gateway", "Bad gateway",
			"A service behind the gateway gave an answer the gateway could not pass on. Try again later."),
	UNAVAILABLE(Problem.UNAVAILABLE,
			"A service this answer depends on did not answer, or tokens could not be checked. Try again later."),
	GATEWAY_TIMEOUT(504, "timeout", "Gateway timeout",
			"The service for this path did not answer in time. Try again later; a write may or may not have been "
					+ "made, so send it again with the same Idempotency-Key, or read before writing again.");

	/** Where the types' pages are served, and the prefix of every type URI. */
	public static final String PATH = "/problems/";

	private final int status;

	private final String slug;

	private final String title;

	private final String description;

	private final Problem problem;

	ProblemType(Problem problem, String description) {
		this(HttpProblems.status(problem), problem.slug(), problem.title(), description, problem);
	}

	ProblemType(int status, String slug, String title, String description) {
		this(status, slug, title, description, null);
	}

	ProblemType(int status, String slug, String title, String description, Problem problem) {
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.description = description;
		this.problem = problem;
	}

	/** The type of a domain problem. */
	public static ProblemType of(Problem problem) {
		return Arrays.stream(values())
			.filter((type) -> type.problem == problem)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no problem type for " + problem));
	}

	/**
	 * The type for an HTTP status an edge answers without a domain problem behind it (a
	 * refusal of the server, the framework or the security chain): the status's own type,
	 * or, for a status with none, invalid input (4xx) or an internal error (5xx).
	 */
	public static ProblemType ofStatus(int status) {
		if (status == 401) {
			return UNAUTHENTICATED;
		}
		return Arrays.stream(values())
			.filter((type) -> type.status == status)
			.findFirst()
			.orElse((status >= 500) ? INTERNAL : INVALID_INPUT);
	}

	/** The type whose URI this is, if any. */
	public static Optional<ProblemType> ofUri(String uri) {
		return Arrays.stream(values()).filter((type) -> type.uri().equals(uri)).findFirst();
	}

	/** The type whose page is at {@code /problems/<slug>}, if any. */
	public static Optional<ProblemType> ofSlug(String slug) {
		return Arrays.stream(values()).filter((type) -> type.slug.equals(slug)).findFirst();
	}

	/** The type URI, relative to the API's root, where its page is served. */
	public String uri() {
		return PATH + this.slug;
	}

	public int status() {
		return this.status;
	}

	public String slug() {
		return this.slug;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

}
