package uk.gov.dorsetcouncil.edu.belonging.rate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionAccess;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may read rates, and who reads them as published (small numbers hidden): as
 * attendance decides for its area figures (ADR 0012), whoever has no pupil-level right
 * over the area: the Education Board analyst (scope {@code measures:read}, never a
 * pupil's record), and a locality officer outside their own locality. A school reads its
 * own school's rates, a locality officer their locality's and its schools', the local
 * authority, platform services and the analyst any area.
 */
public final class RateAccess {

	/** The aggregates-only scope, as for attendance's measures. */
	public static final String MEASURES_READ = "measures:read";

	public static final String ANALYST_ROLE = "EDUCATION_BOARD_ANALYST";

	private RateAccess() {
	}

	public static void checkMayRead(Caller caller, RateArea area, Localities localities) {
		if (!caller.hasScope(ExclusionAccess.READ) && !caller.hasScope(MEASURES_READ)) {
			throw ProblemException
				.forbidden("the scope " + ExclusionAccess.READ + " or " + MEASURES_READ + " is required");
		}
		if (caller.actsCountyWide()) {
			return;
		}
		if (caller.actsForSchool()) {
			if (area.type() != RateArea.Type.SCHOOL || !caller.organisation().id().equals(area.id())) {
				throw ProblemException.forbidden("a school reads its own school's rates only");
			}
			return;
		}
		if (caller.organisation().type() == Organisation.Type.LOCALITY) {
			if (area.type() == RateArea.Type.SCHOOL
					&& !localities.schoolsOf(caller.organisation().id()).contains(area.id())) {
				throw ProblemException.forbidden("a locality officer reads the rates of their locality's schools");
			}
			if (area.type() == RateArea.Type.LOCALITY && !caller.organisation().id().equals(area.id())) {
				throw ProblemException.forbidden("a locality officer reads their own locality's rates");
			}
			return;
		}
		throw ProblemException.forbidden("rates are released to schools, locality officers, the local authority "
				+ "and the Education Board, not to " + caller.organisation().type());
	}

	/** Whether the caller sees the rates with small numbers hidden. */
	public static boolean suppressFor(Caller caller, RateArea area) {
		boolean ownLocality = caller.organisation().type() == Organisation.Type.LOCALITY
				&& area.type() != RateArea.Type.LOCAL_AUTHORITY;
		return caller.hasRole(ANALYST_ROLE) || !caller.hasScope(ExclusionAccess.READ)
				|| (caller.organisation().type() == Organisation.Type.LOCALITY && !ownLocality);
	}

}
