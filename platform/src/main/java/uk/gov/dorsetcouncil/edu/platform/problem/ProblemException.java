package uk.gov.dorsetcouncil.edu.platform.problem;

import java.util.List;

/**
 * A request the platform refuses, with what was wrong. Thrown by domain code, translated
 * at the edges into problem details (REST) or a precise status (gRPC). Nothing is stored
 * when one is thrown.
 */
public class ProblemException extends RuntimeException {

	private final Problem problem;

	private final List<Violation> violations;

	public ProblemException(Problem problem, String detail, List<Violation> violations) {
		super(detail);
		this.problem = problem;
		this.violations = List.copyOf(violations);
	}

	public ProblemException(Problem problem, String detail) {
		this(problem, detail, List.of());
	}

	public static ProblemException invalid(String field, String detail) {
		return new ProblemException(Problem.INVALID_INPUT, field + ": " + detail,
				List.of(new Violation(field, detail)));
	}

	public static ProblemException invalid(List<Violation> violations) {
		return new ProblemException(Problem.INVALID_INPUT, summary(violations), violations);
	}

	public static ProblemException ruleBroken(List<Violation> violations) {
		return new ProblemException(Problem.RULE_BROKEN, summary(violations), violations);
	}

	public static ProblemException notFound(String detail) {
		return new ProblemException(Problem.NOT_FOUND, detail);
	}

	public static ProblemException forbidden(String detail) {
		return new ProblemException(Problem.FORBIDDEN, detail);
	}

	public Problem problem() {
		return this.problem;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	private static String summary(List<Violation> violations) {
		if (violations.size() == 1) {
			Violation only = violations.get(0);
			return only.field() + ": " + only.detail();
		}
		return violations.size() + " problems, the first: " + violations.get(0).field() + ": "
				+ violations.get(0).detail();
	}

}
