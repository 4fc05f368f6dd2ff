package uk.gov.dorsetcouncil.edu.attendance.access;

import java.util.Locale;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may do what here, checked again behind the gateway and denied by default: the
 * capability's scope, then the organisation. A school sees and changes only its own
 * school and the pupils on its roll; a locality officer ({@code LOCALITY:<NAME>}) reads
 * the schools of their locality and the pupils on their rolls, and keeps those pupils'
 * attendance plans; the local authority and platform services act county-wide; anyone
 * else is refused (ADR 0012).
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

	/**
	 * The locality a locality officer acts for; empty for every other caller. An
	 * organisation naming no Dorset locality is refused: it can see nothing here.
	 */
	public static Optional<Locality> officerLocality(Caller caller) {
		if (!actsForLocality(caller)) {
			return Optional.empty();
		}
		String name = caller.organisation().id().strip().toUpperCase(Locale.ROOT);
		for (Locality locality : Locality.values()) {
			if (locality.name().equals(name)) {
				return Optional.of(locality);
			}
		}
		throw ProblemException.forbidden("there is no Dorset locality called " + caller.organisation().id());
	}

	/**
	 * Whether the caller reaches this school's records: the county, the school itself, or
	 * the officer of its locality.
	 */
	public static boolean reaches(Caller caller, School school) {
		return caller.actsCountyWide() || isSchool(caller, school.urn())
				|| officerLocality(caller).filter((locality) -> locality == school.locality()).isPresent();
	}

	/**
	 * Reads and casework at one school: the local authority, a platform service, the
	 * school itself, or the officer of the school's locality. A locality officer asking
	 * about a school that is not held is refused like one asking about another locality's
	 * school, so that the answer says nothing about other schools.
	 */
	public static void requireSchoolReach(Caller caller, String scope, String urn, SchoolDirectory schools) {
		requireScope(caller, scope);
		if (caller.actsCountyWide() || isSchool(caller, urn)) {
			return;
		}
		Optional<Locality> locality = officerLocality(caller);
		if (locality.isEmpty()) {
			throw ProblemException.forbidden("a school may act only for itself");
		}
		if (urn == null || schools.find(urn).filter((school) -> school.locality() == locality.get()).isEmpty()) {
			throw ProblemException.forbidden("a locality officer acts only for the schools of " + locality.get());
		}
	}

}
