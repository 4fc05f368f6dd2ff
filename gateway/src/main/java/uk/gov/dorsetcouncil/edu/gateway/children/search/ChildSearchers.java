package uk.gov.dorsetcouncil.edu.gateway.children.search;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

/**
 * Who may search for a child by name, date of birth, postcode or NHS number (the search's
 * column of the role x resource matrix), and on what footing. Deny by default: a role not
 * listed searches for nobody.
 *
 * <ul>
 * <li>The LA's inclusion, EHE/CME and SEND officers, for the county, naming a purpose:
 * finding a child missing education or one referred without a UPN is their statutory work
 * (Education Act 1996 s436A; DfE, Children missing education, 2024).</li>
 * <li>Police (Operation Encompass, youth justice) and NHS partners, only under a
 * data-sharing agreement naming them, in force, covering the purpose: they rarely hold a
 * UPN, and must find the child before anything can be shared (issue 18).</li>
 * <li>Schools and locality officers do not: they reach their own pupils by roll, and a
 * county-wide search would show them children who are not theirs. Transport officers work
 * from applications that carry the UPN. Analysts and auditors see no child.</li>
 * </ul>
 */
public final class ChildSearchers {

	/** On what footing a caller searches. */
	public enum Footing {

		/** The LA for the county, naming a purpose. */
		OWN_RIGHT_WITH_PURPOSE,
		/** A partner under a data-sharing agreement naming a purpose. */
		UNDER_AGREEMENT

	}

	static final Map<String, Footing> BY_ROLE = Map.of("LA_INCLUSION_OFFICER", Footing.OWN_RIGHT_WITH_PURPOSE,
			"EHE_CME_OFFICER", Footing.OWN_RIGHT_WITH_PURPOSE, "SEND_CASEWORKER", Footing.OWN_RIGHT_WITH_PURPOSE,
			"POLICE_ENCOMPASS_OFFICER", Footing.UNDER_AGREEMENT, "YOUTH_JUSTICE_OFFICER", Footing.UNDER_AGREEMENT,
			"NHS_ADVICE_GIVER", Footing.UNDER_AGREEMENT);

	/** Why a caller without a footing is refused. */
	public static final String REFUSED = "your role does not search for children (the search's role matrix: the "
			+ "LA's inclusion, EHE/CME and SEND officers with a purpose; police and NHS partners under an agreement)";

	private ChildSearchers() {
	}

	/**
	 * The caller's footing, or empty when it may not search: an LA role only for a caller
	 * acting for the local authority, a partner role only for a police, health or other
	 * partner organisation.
	 */
	public static Optional<Footing> of(Caller caller) {
		Organisation.Type type = caller.organisation().type();
		return footings(caller.roles()).filter((footing) -> switch (footing) {
			case OWN_RIGHT_WITH_PURPOSE -> type == Organisation.Type.LOCAL_AUTHORITY;
			case UNDER_AGREEMENT -> type == Organisation.Type.POLICE || type == Organisation.Type.HEALTH
					|| type == Organisation.Type.PARTNER;
		});
	}

	private static Optional<Footing> footings(Collection<String> roles) {
		return roles.stream().map(BY_ROLE::get).filter(java.util.Objects::nonNull).sorted().findFirst();
	}

}
