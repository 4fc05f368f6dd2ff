package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.LocalDate;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Who may do what with EHC plans, checked again here whatever the gateway decided (deny
 * by default). The LA maintains plans (Children and Families Act 2014 s37) and sees them
 * all; a school sees a plan only when the plan names it. A school gets the same refusal
 * whether no plan exists or another school is named, so the existence of a plan is not
 * disclosed to it.
 */
public final class EhcPlanAccess {

	static final String READ = "ehcp:read";

	static final String WRITE = "ehcp:write";

	private EhcPlanAccess() {
	}

	public static void checkMayWrite(Caller caller) {
		requireScope(caller, WRITE);
		if (!caller.actsCountyWide()) {
			throw ProblemException.forbidden("only the local authority maintains EHC plans");
		}
	}

	public static void checkMayRead(Caller caller) {
		requireScope(caller, READ);
		if (!caller.actsCountyWide() && !caller.actsForSchool()) {
			throw ProblemException
				.forbidden("EHC plans are released to the local authority and to the school a plan names, not to "
						+ caller.organisation().type());
		}
	}

	/** The plan the caller may see, or empty when there is none (county-wide callers). */
	public static Optional<EhcPlan> checkMaySee(Caller caller, Optional<EhcPlan> plan) {
		if (caller.actsCountyWide()) {
			return plan;
		}
		if (plan.isPresent() && plan.get().names(caller.organisation().id())) {
			return plan;
		}
		throw ProblemException.forbidden("a school sees only the EHC plans that name it");
	}

	public static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ProblemException.invalid(field, "a date is required, written yyyy-MM-dd");
		}
		return DateBounds.parse(field, value);
	}

	private static void requireScope(Caller caller, String scope) {
		if (!caller.hasScope(scope)) {
			throw ProblemException.forbidden("the scope " + scope + " is required");
		}
	}

}
