package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.Locale;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may do what with the pledges (ADR 0039). Reading: any caller with
 * {@code pledges:read}, whatever their organisation; the pledges hold no personal data
 * and the strategy commits to publishing them. Changing a commitment:
 * {@code pledges:write} and keeping that commitment, as its named owner (the token's
 * subject) or a member of its working group (the group's role); nobody else, whatever
 * their scopes. Producing the Education Board's reports and overriding a status:
 * {@code pledges:report}.
 */
public final class PledgeAccess {

	static final String READ = "pledges:read";

	static final String WRITE = "pledges:write";

	static final String REPORT = "pledges:report";

	private PledgeAccess() {
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ)) {
			throw ProblemException.forbidden("the scope " + READ + " is required");
		}
	}

	/** The caller keeps the commitment: its owner or a member of its working group. */
	public static void checkMayEdit(Caller caller, CommitmentVersion commitment) {
		if (!caller.hasScope(WRITE)) {
			throw ProblemException.forbidden("the scope " + WRITE + " is required");
		}
		boolean owner = commitment.owner() != null && commitment.owner().subject().equals(caller.subject());
		if (!owner && !caller.hasRole(commitment.workingGroup().role())) {
			throw ProblemException.forbidden(commitment.key() + " is kept by its owner and its working group "
					+ commitment.workingGroup().code() + " only");
		}
	}

	public static void checkMayReport(Caller caller) {
		if (!caller.hasScope(REPORT)) {
			throw ProblemException.forbidden("the scope " + REPORT + " is required");
		}
	}

	/** The pledge asked for, or empty for both. */
	public static Optional<Pledge> pledge(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Pledge.valueOf(value.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("pledge", "the pledge is STUDENT or WORKFORCE, not '" + value + "'");
		}
	}

	/** A commitment's key as written in a path, for example {@code student-6}. */
	public static String key(String value) {
		String key = (value == null) ? "" : value.strip().toUpperCase(Locale.ROOT);
		if (!key.matches("(STUDENT|WORKFORCE)-[1-9][0-9]?")) {
			throw ProblemException.notFound("no commitment '" + value + "'; keys are STUDENT-1 to STUDENT-10 and "
					+ "WORKFORCE-1 to WORKFORCE-7");
		}
		return key;
	}

}
