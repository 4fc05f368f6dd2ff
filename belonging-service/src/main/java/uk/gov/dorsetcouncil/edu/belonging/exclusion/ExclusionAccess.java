package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may record and read suspensions and exclusions, checked here whatever the gateway
 * decided (deny by default). Only the school records (only its headteacher may exclude);
 * the school and the local authority record the steps that follow; the school reads its
 * own school's records, a locality officer its locality's schools', the local authority
 * and platform services the county's.
 */
public final class ExclusionAccess {

	public static final String READ = "belonging:read";

	public static final String WRITE = "belonging:write";

	private ExclusionAccess() {
	}

	public static void checkMayRecord(Caller caller, String schoolUrn) {
		requireScope(caller, WRITE);
		if (!caller.actsForSchool()) {
			throw ProblemException.forbidden(
					"only the excluding school records a suspension or exclusion, not " + caller.organisation().type());
		}
		if (!caller.organisation().id().equals(schoolUrn)) {
			throw ProblemException.forbidden("a school records its own exclusions, not school " + schoolUrn + "'s");
		}
	}

	public static void checkMayRecordStep(Caller caller, Exclusion exclusion) {
		requireScope(caller, WRITE);
		if (!mayActFor(caller, exclusion.schoolUrn())) {
			throw ProblemException
				.forbidden("the steps of an exclusion are recorded by its school or the local authority");
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool() && !actsForLocality(caller)) {
			throw ProblemException.forbidden("suspensions and exclusions are released to the school, its locality's "
					+ "officer and the local authority, not to " + caller.organisation().type());
		}
	}

	/**
	 * Which schools' records the caller sees (after {@link #checkMayRead}): the county,
	 * its own school, or its locality's schools.
	 */
	public static Predicate<String> visibleTo(Caller caller, Localities localities) {
		if (caller.actsCountyWide()) {
			return urn -> true;
		}
		if (actsForLocality(caller)) {
			Set<String> schools = localities.schoolsOf(caller.organisation().id());
			return schools::contains;
		}
		return urn -> caller.organisation().id().equals(urn);
	}

	private static boolean actsForLocality(Caller caller) {
		return caller.organisation().type() == Organisation.Type.LOCALITY;
	}

	private static boolean mayActFor(Caller caller, String schoolUrn) {
		return caller.actsCountyWide() || (caller.actsForSchool() && caller.organisation().id().equals(schoolUrn));
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
