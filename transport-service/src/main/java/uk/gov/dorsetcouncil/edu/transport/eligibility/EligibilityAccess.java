package uk.gov.dorsetcouncil.edu.transport.eligibility;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may assess and read eligibility decisions, checked here whatever the gateway
 * decided (deny by default). The local authority's transport officers assess; the local
 * authority reads every decision, a school the decisions about travel to it; nobody else
 * (a Board analyst reads no family's decision).
 */
public final class EligibilityAccess {

	public static final String READ = "transport:read";

	public static final String WRITE = "transport:write";

	private EligibilityAccess() {
	}

	public static void checkMayAssess(Caller caller) {
		requireScope(caller, WRITE);
		if (!caller.actsCountyWide()) {
			throw ProblemException
				.forbidden("the local authority assesses eligibility for travel, not " + caller.organisation().type());
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException.forbidden("eligibility decisions are released to the local authority and to the "
					+ "school the child travels to, not to " + caller.organisation().type());
		}
	}

	public static boolean maySee(Caller caller, Decision decision) {
		return maySee(caller, decision.schoolUrn());
	}

	/** The local authority sees all; a school what is about travel to it. */
	public static boolean maySee(Caller caller, String schoolUrn) {
		return caller.actsCountyWide() || caller.organisation().id().equals(schoolUrn);
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
