package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Who may send and read schools' workforce figures (ADR 0046). A school sends and reads
 * its own only. The local authority's Workforce Pledge working group (the role
 * {@code PLEDGE_WORKING_GROUP:WORKFORCE}), who collect the returns, may send on a
 * school's behalf and read any school's. Everybody else with {@code pledges:read} (the
 * Education Board analyst, other officers) sees the county's figures only, small numbers
 * hidden.
 */
public final class WorkforceAccess {

	static final String READ = "pledges:read";

	static final String WRITE = "pledges:write";

	/** The Workforce Pledge working group's role. */
	public static final String WORKING_GROUP = "PLEDGE_WORKING_GROUP:WORKFORCE";

	private WorkforceAccess() {
	}

	/**
	 * Checks that the caller may send figures for the school.
	 * @return {@code SCHOOL} or {@code LOCAL_AUTHORITY}: whom the figures are sent by
	 */
	public static String checkMaySubmit(Caller caller, String field, String school) {
		if (!caller.hasScope(WRITE)) {
			throw ProblemException.forbidden("the scope " + WRITE + " is required");
		}
		if (caller.actsForSchool()) {
			if (school != null && !caller.organisation().id().equals(school)) {
				throw new ProblemException(Problem.FORBIDDEN,
						field + ": a school sends its own staff's figures only, for URN " + caller.organisation().id(),
						java.util.List
							.of(new Violation(field, "is another school's URN; a school sends its own only")));
			}
			return Organisation.Type.SCHOOL.name();
		}
		if (isWorkingGroup(caller)) {
			return Organisation.Type.LOCAL_AUTHORITY.name();
		}
		throw ProblemException.forbidden("schools send their own workforce figures; the local authority's Workforce "
				+ "Pledge working group sends on a school's behalf");
	}

	public static void checkMayRead(Caller caller) {
		if (!caller.hasScope(READ)) {
			throw ProblemException.forbidden("the scope " + READ + " is required");
		}
	}

	/** Whether the caller may see this school's own figures. */
	public static boolean maySeeSchool(Caller caller, String school) {
		return caller.hasScope(READ)
				&& ((caller.actsForSchool() && caller.organisation().id().equals(school)) || isWorkingGroup(caller));
	}

	/**
	 * The school whose own figures the caller asks for beside the county's: the one named
	 * (refused when the caller may not see it), or, for a school, its own.
	 */
	public static Optional<String> schoolShown(Caller caller, String asked) {
		checkMayRead(caller);
		if (asked == null || asked.isBlank()) {
			return caller.actsForSchool() ? Optional.of(caller.organisation().id()) : Optional.empty();
		}
		String school = asked.strip();
		if (!maySeeSchool(caller, school)) {
			throw ProblemException.forbidden("a school's own workforce figures are seen by that school and the local "
					+ "authority's Workforce Pledge working group only; the county's are published");
		}
		return Optional.of(school);
	}

	private static boolean isWorkingGroup(Caller caller) {
		return caller.organisation().type() == Organisation.Type.LOCAL_AUTHORITY && caller.hasRole(WORKING_GROUP);
	}

}
