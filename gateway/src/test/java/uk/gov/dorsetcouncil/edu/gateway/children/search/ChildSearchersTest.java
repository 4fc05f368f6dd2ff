package uk.gov.dorsetcouncil.edu.gateway.children.search;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/** The search's column of the role x resource matrix (docs/security.md), row by row. */
class ChildSearchersTest {

	@ParameterizedTest(name = "{0} at {1} -> {2}")
	@CsvSource(nullValues = "-", value = { "LA_INCLUSION_OFFICER, LOCAL_AUTHORITY:838, OWN_RIGHT_WITH_PURPOSE",
			"EHE_CME_OFFICER, LOCAL_AUTHORITY:838, OWN_RIGHT_WITH_PURPOSE",
			"SEND_CASEWORKER, LOCAL_AUTHORITY:838, OWN_RIGHT_WITH_PURPOSE", "TRANSPORT_OFFICER, LOCAL_AUTHORITY:838, -",
			"LOCALITY_INCLUSION_OFFICER, LOCALITY:CHESIL, -", "SCHOOL_ATTENDANCE_LEAD, SCHOOL:990027, -",
			"SCHOOL_DSL, SCHOOL:990027, -", "SENCO, SCHOOL:990027, -",
			"POLICE_ENCOMPASS_OFFICER, POLICE:DORSET, UNDER_AGREEMENT",
			"YOUTH_JUSTICE_OFFICER, PARTNER:DORSET-YJS, UNDER_AGREEMENT",
			"NHS_ADVICE_GIVER, HEALTH:NHS-DORSET, UNDER_AGREEMENT", "EDUCATION_BOARD_ANALYST, LOCAL_AUTHORITY:838, -",
			"AUDITOR, LOCAL_AUTHORITY:838, -", "DATA_PROTECTION_OFFICER, LOCAL_AUTHORITY:838, -",
			// A role's footing holds only for its own kind of organisation.
			"LA_INCLUSION_OFFICER, SCHOOL:990027, -", "LA_INCLUSION_OFFICER, POLICE:DORSET, -",
			"POLICE_ENCOMPASS_OFFICER, LOCAL_AUTHORITY:838, -", "NHS_ADVICE_GIVER, SCHOOL:990027, -" })
	void eachRoleSearchesOnItsFootingOrNotAtAll(String role, String organisation, String footing) {
		String[] parts = organisation.split(":");
		Caller caller = new Caller("someone@example", "client",
				new Organisation(Organisation.Type.valueOf(parts[0]), parts[1]), Set.of(role), Set.of("profile:read"));
		assertThat(ChildSearchers.of(caller).map(Enum::name).orElse(null)).isEqualTo(footing);
	}

}
