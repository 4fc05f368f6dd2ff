package uk.gov.dorsetcouncil.edu.pledge.commitment;

import java.util.Locale;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may read pledge progress: any caller with {@code pledges:read}, whatever their
 * organisation. The pledges and their progress hold no personal data and the strategy
 * commits to publishing them and reporting progress to stakeholders.
 */
public final class PledgeAccess {

	static final String READ = "pledges:read";

	private PledgeAccess() {
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ)) {
			throw ProblemException.forbidden("the scope " + READ + " is required");
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

}
