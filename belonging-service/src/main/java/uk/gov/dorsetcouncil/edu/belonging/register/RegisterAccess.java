package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.Set;
import java.util.function.Predicate;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Localities;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may keep and read the registers, checked here whatever the gateway decided (deny by
 * default). The LA's EHE and CME officers keep them (scope {@code belonging:registers});
 * the LA reads the county, a locality officer the entries of children who left (or were
 * named for) a school of their locality, a school only the entries where it is the school
 * left. Counts are for anyone who reads, and for the Education Board analyst
 * ({@code measures:read}) suppressed.
 */
public final class RegisterAccess {

	public static final String KEEP = "belonging:registers";

	public static final String READ = "belonging:read";

	public static final String MEASURES = "measures:read";

	private RegisterAccess() {
	}

	public static void checkMayKeep(Caller caller) {
		if (!caller.hasScope(KEEP)) {
			throw ProblemException.forbidden("the scope " + KEEP + " is required");
		}
		if (!caller.actsCountyWide() || caller.organisation().type() != Organisation.Type.LOCAL_AUTHORITY) {
			throw ProblemException.forbidden(
					"the registers are kept by the local authority's officers, not by " + caller.organisation().type());
		}
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ) && !caller.hasScope(KEEP)) {
			throw ProblemException.forbidden("the scope " + READ + " or " + KEEP + " is required");
		}
		if (!caller.actsCountyWide() && !caller.actsForSchool() && !actsForLocality(caller)) {
			throw ProblemException.forbidden("register entries are released to the local authority, a locality's "
					+ "officer and the school left, not to " + caller.organisation().type());
		}
	}

	/** Counts: pupil-level readers, and aggregates-only callers (suppressed). */
	public static void checkMayCount(Caller caller) {
		if (!caller.hasScope(READ) && !caller.hasScope(KEEP) && !caller.hasScope(MEASURES)) {
			throw ProblemException.forbidden("the scope " + READ + ", " + KEEP + " or " + MEASURES + " is required");
		}
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("the registers' counts are the county's");
		}
	}

	/** Whether the caller reads counts only, so small numbers are suppressed. */
	public static boolean countsOnly(Caller caller) {
		return !caller.hasScope(READ) && !caller.hasScope(KEEP);
	}

	/**
	 * Which entries the caller sees (after {@link #checkMayRead}): the county's, the
	 * school left's own, or those of a locality's schools (the school left or named).
	 */
	public static Predicate<RegisterEntry> visibleTo(Caller caller, Localities localities) {
		if (caller.actsCountyWide()) {
			return entry -> true;
		}
		if (actsForLocality(caller)) {
			Set<String> schools = localities.schoolsOf(caller.organisation().id());
			return entry -> (entry.schoolLeftUrn() != null && schools.contains(entry.schoolLeftUrn()))
					|| (entry.schoolNamedUrn() != null && schools.contains(entry.schoolNamedUrn()));
		}
		String urn = caller.organisation().id();
		return entry -> urn.equals(entry.schoolLeftUrn());
	}

	private static boolean actsForLocality(Caller caller) {
		return caller.organisation().type() == Organisation.Type.LOCALITY;
	}

}
