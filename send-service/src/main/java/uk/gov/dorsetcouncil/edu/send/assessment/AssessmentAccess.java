package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may do what with EHC needs assessments, checked here whatever the gateway decided
 * (deny by default). The LA secures assessments (Children and Families Act 2014 s36) and
 * records them: its SEND caseworkers and platform services (the NHS and social care
 * integration answering advice) see the county. A school's SENCO sees the requests of the
 * children of its school. Counts are for these and, small numbers hidden, for callers
 * with {@code measures:read} (the Education Board analyst).
 */
public final class AssessmentAccess {

	static final String READ = "ehcp:read";

	static final String WRITE = "ehcp:write";

	static final String MEASURES = "measures:read";

	private AssessmentAccess() {
	}

	public static void checkMayWrite(Caller caller) {
		requireScope(caller, WRITE);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("only the local authority records EHC needs assessments");
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException.forbidden("EHC needs assessments are released to the local authority and to the "
					+ "child's school, not to " + caller.organisation().type());
		}
	}

	/** Which assessments the caller sees: the county's, or its own school's. */
	public static Predicate<Assessment> visibleTo(Caller caller) {
		if (caller.actsCountyWide()) {
			return assessment -> true;
		}
		String urn = caller.organisation().id();
		return assessment -> urn.equals(assessment.schoolUrn());
	}

	/**
	 * Counts: with {@code ehcp:read} in full, with only {@code measures:read} with small
	 * numbers hidden; county-wide callers only.
	 * @return whether the caller has pupil-level rights (nothing hidden)
	 */
	public static boolean checkMayCount(Caller caller) {
		if (!caller.hasScope(READ) && !caller.hasScope(MEASURES)) {
			throw ProblemException.forbidden("the scope " + READ + " or " + MEASURES + " is required");
		}
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("county figures of EHC needs assessments are the local authority's");
		}
		return caller.hasScope(READ);
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
