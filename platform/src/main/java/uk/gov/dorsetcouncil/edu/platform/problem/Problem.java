package uk.gov.dorsetcouncil.edu.platform.problem;

/**
 * The kinds of problem the platform reports, each with its HTTP status (RFC 9457 problem
 * details) and its gRPC status code. Domain code throws {@link ProblemException}s of a
 * kind; the edges translate.
 */
public enum Problem {

	/** The request is malformed: a field is missing, badly formed or out of range. */
	INVALID_INPUT(400, "Invalid input", io.grpc.Status.Code.INVALID_ARGUMENT),
	/**
	 * Well formed, but breaks a rule given the current state (a pupil not on roll that
	 * day).
	 */
	RULE_BROKEN(422, "Request breaks a rule", io.grpc.Status.Code.FAILED_PRECONDITION),
	/** The caller's organisation may not see or change this record. */
	FORBIDDEN(403, "Not permitted", io.grpc.Status.Code.PERMISSION_DENIED),
	/** Nothing is held under that identifier (for this caller). */
	NOT_FOUND(404, "Not found", io.grpc.Status.Code.NOT_FOUND),
	/**
	 * The record changed concurrently or the idempotency key was reused with other
	 * content.
	 */
	CONFLICT(409, "Conflict", io.grpc.Status.Code.ABORTED),
	/** A service this answer depends on is not answering. */
	UNAVAILABLE(503, "Service unavailable", io.grpc.Status.Code.UNAVAILABLE);

	private final int httpStatus;

	private final String title;

	private final io.grpc.Status.Code grpcCode;

	Problem(int httpStatus, String title, io.grpc.Status.Code grpcCode) {
		this.httpStatus = httpStatus;
		this.title = title;
		this.grpcCode = grpcCode;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	public String title() {
		return this.title;
	}

	public io.grpc.Status.Code grpcCode() {
		return this.grpcCode;
	}

	/**
	 * The problem type URI, relative to the API root (documented in docs/problems.md).
	 */
	public String typeUri() {
		return "/problems/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static Problem fromGrpc(io.grpc.Status.Code code) {
		return switch (code) {
			case INVALID_ARGUMENT, OUT_OF_RANGE -> INVALID_INPUT;
			case FAILED_PRECONDITION -> RULE_BROKEN;
			case PERMISSION_DENIED, UNAUTHENTICATED -> FORBIDDEN;
			case NOT_FOUND -> NOT_FOUND;
			case ABORTED, ALREADY_EXISTS -> CONFLICT;
			default -> UNAVAILABLE;
		};
	}

}
