package uk.gov.dorsetcouncil.edu.attendance.access;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may do what here, checked again behind the gateway and denied by default: the
 * capability's scope, then the organisation. A school sees and changes only its own
 * school and the pupils on its roll; a locality officer ({@code LOCALITY:<NAME>}) reads
 * the schools of their locality and the pupils on their rolls, and keeps those pupils'
 * attendance plans; the local authority and platform services act county-wide; anyone
 * else is refused (ADR 0012). Which schools a caller reaches is
 * {@code school.SchoolReach}, so that the school, calendar and access packages depend on
 * each other one way only.
 */
public final class Access {

	public static final String ATTENDANCE_READ = "attendance:read";

	/**
	 * Area and cohort figures only, never a pupil's record (for example an Education
	 * Board analyst).
	 */
	public static final String MEASURES_READ = "measures:read";

	public static final String REGISTERS_WRITE = "registers:write";

	public static final String SCHOOLS_WRITE = "schools:write";

	private Access() {
	}

	public static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("this needs the scope " + scope);
		}
	}

	/** Any one of the scopes will do. */
	public static void requireAnyScope(Caller caller, String... scopes) {
		for (String scope : scopes) {
			if (caller.hasScope(scope)) {
				return;
			}
		}
		throw ProblemException.forbidden("this needs one of the scopes " + String.join(", ", scopes));
	}

	/** For changes only the local authority (or a platform service) makes. */
	public static void requireCountyWide(Caller caller, String scope) {
		requireScope(caller, scope);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("only the local authority may do this");
		}
	}

	/** The local authority, a platform service, or the school itself. */
	public static void requireCountyWideOrSchool(Caller caller, String scope, String urn) {
		requireScope(caller, scope);
		if (!caller.actsCountyWide() && !isSchool(caller, urn)) {
			throw ProblemException.forbidden("a school may act only for itself");
		}
	}

	public static boolean isSchool(Caller caller, String urn) {
		return caller.actsForSchool() && caller.organisation().id().equals(urn);
	}

	public static boolean actsForLocality(Caller caller) {
		return caller.organisation().type() == Organisation.Type.LOCALITY;
	}

}
