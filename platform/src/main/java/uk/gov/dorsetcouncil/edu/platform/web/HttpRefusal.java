package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * A refusal at the web edge that is about the request as HTTP rather than about the
 * domain: a body too large, a Content-Type an operation does not read. Answered as its
 * problem type by the edge's problem handling.
 */
public class HttpRefusal extends RuntimeException {

	private final ProblemType type;

	private final List<Violation> violations;

	private final List<String> accepted;

	public HttpRefusal(ProblemType type, String detail, List<Violation> violations) {
		this(type, detail, violations, List.of());
	}

	/**
	 * @param accepted for an unsupported media type, the types the operation reads
	 */
	public HttpRefusal(ProblemType type, String detail, List<Violation> violations, List<String> accepted) {
		super(detail);
		this.type = type;
		this.violations = List.copyOf(violations);
		this.accepted = List.copyOf(accepted);
	}

	public ProblemType type() {
		return this.type;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	public List<String> accepted() {
		return this.accepted;
	}

}
