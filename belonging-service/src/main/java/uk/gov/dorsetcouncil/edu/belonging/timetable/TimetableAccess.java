package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionAccess;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may record and read part-time timetables, checked here whatever the gateway decided
 * (deny by default): the school agrees one for a pupil on its roll and records it; the
 * school or the local authority records a review or the end; the school reads its own, a
 * locality officer its locality's schools', the local authority and platform services the
 * county's (the same reach as exclusions, {@link ExclusionAccess#visibleTo}).
 */
public final class TimetableAccess {

	private TimetableAccess() {
	}

	public static void checkMayRecord(Caller caller, String schoolUrn) {
		requireScope(caller, ExclusionAccess.WRITE);
		if (!caller.actsForSchool() || !caller.organisation().id().equals(schoolUrn)) {
			throw ProblemException.forbidden("a school records the part-time timetables it agrees for its own pupils, "
					+ "not school " + schoolUrn + "'s");
		}
	}

	public static void checkMayUpdate(Caller caller, PartTimeTimetable timetable) {
		requireScope(caller, ExclusionAccess.WRITE);
		boolean ownSchool = caller.actsForSchool() && caller.organisation().id().equals(timetable.schoolUrn());
		if (!caller.actsCountyWide() && !ownSchool) {
			throw ProblemException
				.forbidden("a part-time timetable's reviews and end are recorded by its school or the local authority");
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, ExclusionAccess.READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()
				&& caller.organisation().type() != Organisation.Type.LOCALITY) {
			throw ProblemException.forbidden("part-time timetables are released to the school, its locality's "
					+ "officer and the local authority, not to " + caller.organisation().type());
		}
	}

	public static Predicate<String> visibleTo(Caller caller, Localities localities) {
		return ExclusionAccess.visibleTo(caller, localities);
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
