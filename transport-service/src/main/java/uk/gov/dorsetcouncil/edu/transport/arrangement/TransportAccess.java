package uk.gov.dorsetcouncil.edu.transport.arrangement;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may read travel arrangements, checked again here whatever the gateway decided (deny
 * by default): with {@code transport:read}, the local authority and platform services see
 * them all and a school sees the arrangements that bring pupils to it; nobody else.
 */
public final class TransportAccess {

	static final String READ = "transport:read";

	private TransportAccess() {
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ)) {
			throw ProblemException.forbidden("the scope " + READ + " is required");
		}
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException
				.forbidden("travel arrangements are released to the local authority and schools, not to "
						+ caller.organisation().type());
		}
	}

	/** The part of the arrangements the caller may see. */
	public static TravelArrangements visibleTo(Caller caller, TravelArrangements arrangements) {
		return caller.actsCountyWide() ? arrangements : arrangements.toSchool(caller.organisation().id());
	}

}
