package uk.gov.dorsetcouncil.edu.platform.problem;

import java.util.Locale;

/**
 * The kinds of problem the platform reports, in plain Java: domain code throws
 * {@link ProblemException}s of a kind and knows nothing of HTTP or gRPC. The edges
 * translate a kind into an HTTP status and problem type (platform
 * {@code web/HttpProblems}) or a gRPC status code (platform
 * {@code grpc/GrpcProblemMapping}).
 */
public enum Problem {

	/** The request is malformed: a field is missing, badly formed or out of range. */
	INVALID_INPUT("Invalid input"),
	/**
	 * Well formed, but breaks a rule given the current state (a pupil not on roll that
	 * day).
	 */
	RULE_BROKEN("Request breaks a rule"),
	/** The caller's organisation may not see or change this record. */
	FORBIDDEN("Not permitted"),
	/** Nothing is held under that identifier (for this caller). */
	NOT_FOUND("Not found"),
	/**
	 * The record changed concurrently, the idempotency key was reused with other content,
	 * or a request with the same key is still running.
	 */
	CONFLICT("Conflict"),
	/**
	 * What was asked for is no longer held, or was never reached: a change-feed position
	 * older than the feed's retention or beyond its end. The caller starts again from
	 * what is true now.
	 */
	GONE("No longer held"),
	/**
	 * A conditional write's precondition does not hold: the document changed since the
	 * writer read it, or is not held ({@code If-Match}, RFC 9110 section 13.1.1).
	 */
	PRECONDITION_FAILED("Precondition failed"),
	/** A service this answer depends on is not answering. */
	UNAVAILABLE("Service unavailable");

	private final String title;

	Problem(String title) {
		this.title = title;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The kind's name in problem type URIs and documents: {@code invalid-input},
	 * {@code rule-broken}...
	 */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
