package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionAccess;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may record and read placements and moves, checked here whatever the gateway decided
 * (deny by default): the commissioner records a placement (a school for its own pupil,
 * the local authority for any) and its reviews and outcome; the school a pupil leaves, or
 * the local authority, records a managed move, and either school or the LA its outcome.
 * Reads: the school its own pupils' (home, leaving or joining school), a locality officer
 * their locality's schools', the local authority the county's; a placement with no home
 * school the local authority only.
 */
public final class PlacementAccess {

	private PlacementAccess() {
	}

	static void checkMayCommission(Caller caller, Commissioner commissioner, String schoolUrn) {
		requireScope(caller, ExclusionAccess.WRITE);
		if (commissioner == Commissioner.LOCAL_AUTHORITY && !caller.actsCountyWide()) {
			throw ProblemException.forbidden("the local authority records the placements it commissions");
		}
		if (commissioner == Commissioner.SCHOOL
				&& (!caller.actsForSchool() || !caller.organisation().id().equals(schoolUrn))) {
			throw ProblemException
				.forbidden("a school records the placements it commissions for its own pupils, not school " + schoolUrn
						+ "'s");
		}
	}

	static void checkMayUpdate(Caller caller, ApPlacement placement) {
		requireScope(caller, ExclusionAccess.WRITE);
		boolean ownSchool = placement.commissionedBy() == Commissioner.SCHOOL && caller.actsForSchool()
				&& caller.organisation().id().equals(placement.schoolUrn());
		if (!caller.actsCountyWide() && !ownSchool) {
			throw ProblemException
				.forbidden("a placement's reviews and outcome are recorded by its commissioner or the local authority");
		}
	}

	static void checkMayRecordMove(Caller caller, String fromSchoolUrn) {
		requireScope(caller, ExclusionAccess.WRITE);
		if (!caller.actsCountyWide()
				&& (!caller.actsForSchool() || !caller.organisation().id().equals(fromSchoolUrn))) {
			throw ProblemException
				.forbidden("a managed move is recorded by the school the pupil leaves or the local authority");
		}
	}

	static void checkMayEndMove(Caller caller, ManagedMove move) {
		requireScope(caller, ExclusionAccess.WRITE);
		boolean aSchoolOfIt = caller.actsForSchool() && (caller.organisation().id().equals(move.fromSchoolUrn())
				|| caller.organisation().id().equals(move.toSchoolUrn()));
		if (!caller.actsCountyWide() && !aSchoolOfIt) {
			throw ProblemException
				.forbidden("a managed move's outcome is recorded by either of its schools or the local authority");
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, ExclusionAccess.READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()
				&& caller.organisation().type() != Organisation.Type.LOCALITY) {
			throw ProblemException.forbidden("placements and moves are released to the schools concerned, their "
					+ "locality's officer and the local authority, not to " + caller.organisation().type());
		}
	}

	/**
	 * Which schools' records the caller sees; a record with no school, the county only.
	 */
	static Predicate<String> visibleTo(Caller caller, Localities localities) {
		Predicate<String> schools = ExclusionAccess.visibleTo(caller, localities);
		boolean county = caller.actsCountyWide();
		return urn -> (urn == null) ? county : schools.test(urn);
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
