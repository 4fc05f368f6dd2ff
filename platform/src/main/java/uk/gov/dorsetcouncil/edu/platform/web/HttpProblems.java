package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;

/**
 * How a {@link Problem} reads over HTTP: its status and its RFC 9457 problem type (the
 * types are listed in docs/problems.md). Plain values only, so that both the servlet
 * services and the reactive gateway use the one table.
 */
public final class HttpProblems {

	private HttpProblems() {
	}

	public static int status(Problem problem) {
		return switch (problem) {
			case INVALID_INPUT -> 400;
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
			case CONFLICT -> 409;
			case GONE -> 410;
			case PRECONDITION_FAILED -> 412;
			case RULE_BROKEN -> 422;
			case UNAVAILABLE -> 503;
		};
	}

	/** The problem type URI, relative to the API root. */
	public static String typeUri(Problem problem) {
		return ProblemType.of(problem).uri();
	}

	/** The kind an HTTP status stands for, when one does. */
	public static Optional<Problem> ofStatus(int status) {
		for (Problem problem : Problem.values()) {
			if (status(problem) == status) {
				return Optional.of(problem);
			}
		}
		return Optional.empty();
	}

}
