package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.EnumSet;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * What part of a child's record a caller may receive, before any service has been asked.
 * Schools, localities and the local authority act in their own right: their roles' items
 * narrowed by their scopes. Outside partners (police, health, other partners) act only
 * under a data-sharing agreement: their roles' items narrowed by the agreement's data
 * items (checked by {@code AgreementCheck}). Services still check the caller's
 * organisation (a school sees only pupils on its roll).
 */
public final class Release {

	private static final Set<Organisation.Type> UNDER_AGREEMENT = EnumSet.of(Organisation.Type.POLICE,
			Organisation.Type.HEALTH, Organisation.Type.PARTNER);

	private static final Set<Organisation.Type> OWN_RIGHT = EnumSet.of(Organisation.Type.SCHOOL,
			Organisation.Type.LOCALITY, Organisation.Type.LOCAL_AUTHORITY);

	private Release() {
	}

	/** Outside partners: every request names a purpose and a data-sharing agreement. */
	public static boolean needsAgreement(Caller caller) {
		return UNDER_AGREEMENT.contains(caller.organisation().type());
	}

	/**
	 * The items a caller acting in its own right (a school, a locality, the LA) may
	 * receive: empty for an outside partner (see {@link #underAgreement}).
	 */
	public static Set<DataItem> inOwnRight(Caller caller) {
		if (!OWN_RIGHT.contains(caller.organisation().type())) {
			return EnumSet.noneOf(DataItem.class);
		}
		Set<DataItem> items = FieldPolicy.forRoles(caller.roles());
		items.retainAll(FieldPolicy.forScopes(caller.scopes()));
		return items;
	}

	/** The items a partner may receive under an agreement that releases these items. */
	public static Set<DataItem> underAgreement(Caller caller, Set<DataItem> agreementItems) {
		Set<DataItem> items = FieldPolicy.forRoles(caller.roles());
		items.retainAll(agreementItems);
		return items;
	}

	/**
	 * The Education Board analyst sees aggregates only: always small-number suppressed,
	 * whatever else its token carries.
	 */
	public static final String AGGREGATES_ONLY_ROLE = "EDUCATION_BOARD_ANALYST";

	/**
	 * Whether figures drawn from an item are small-number suppressed for this caller: for
	 * aggregates-only callers, and for anyone without a pupil-level right to the item
	 * (domain-rules section 7), so that nobody can single out a child they may not see.
	 */
	public static boolean suppressedFor(Caller caller, DataItem item) {
		return caller.hasRole(AGGREGATES_ONLY_ROLE) || !inOwnRight(caller).contains(item);
	}

	/**
	 * Whether the caller may see children's records at all: without that, aggregates are
	 * small-number suppressed for it.
	 */
	public static boolean hasPupilLevelRights(Caller caller) {
		return !inOwnRight(caller).isEmpty();
	}

}
