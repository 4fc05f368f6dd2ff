package uk.gov.dorsetcouncil.edu.attendance.school;

import java.util.Locale;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Which schools a caller reaches (ADR 0012): the county all of them, a school itself, a
 * locality officer the schools of their locality. The scope and organisation checks that
 * need no school are {@link Access}.
 */
public final class SchoolReach {

	private SchoolReach() {
	}

	/**
	 * The locality a locality officer acts for; empty for every other caller. An
	 * organisation naming no Dorset locality is refused: it can see nothing here.
	 */
	public static Optional<Locality> officerLocality(Caller caller) {
		if (!Access.actsForLocality(caller)) {
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
		return caller.actsCountyWide() || Access.isSchool(caller, school.urn())
				|| officerLocality(caller).filter((locality) -> locality == school.locality()).isPresent();
	}

	/**
	 * Reads and casework at one school: the local authority, a platform service, the
	 * school itself, or the officer of the school's locality. A locality officer asking
	 * about a school that is not held is refused like one asking about another locality's
	 * school, so that the answer says nothing about other schools.
	 */
	public static void requireSchoolReach(Caller caller, String scope, String urn, SchoolDirectory schools) {
		Access.requireScope(caller, scope);
		if (caller.actsCountyWide() || Access.isSchool(caller, urn)) {
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
