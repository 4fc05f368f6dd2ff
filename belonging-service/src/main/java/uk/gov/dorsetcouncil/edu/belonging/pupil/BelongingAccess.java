package uk.gov.dorsetcouncil.edu.belonging.pupil;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may read a pupil's belonging record, checked again here whatever the gateway
 * decided (deny by default): the local authority and platform services, with
 * {@code belonging:read}. Schools are refused for now: a school may see only pupils on
 * its roll, and exclusion counts and part-time status span schools, so they cannot be cut
 * down to one school's share.
 */
public final class BelongingAccess {

	static final String READ = "belonging:read";

	private BelongingAccess() {
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ)) {
			throw ProblemException.forbidden("the scope " + READ + " is required");
		}
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("pupils' belonging records are released to the local authority, not to "
					+ caller.organisation().type());
		}
	}

}
