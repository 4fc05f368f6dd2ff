package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field-level policy as a role x data item matrix: every role the local run offers
 * against every item, with the scopes the persona holds. Each row lists exactly what the
 * role receives; every other cell is refused.
 */
class ReleaseTest {

	static final String ALL_READ = "attendance:read belonging:read ehcp:read transport:read";

	@ParameterizedTest(name = "{0} ({1}) with [{2}] receives [{3}]")
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"SCHOOL_ATTENDANCE_LEAD | SCHOOL:991001 | " + ALL_READ
					+ " | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION",
			"SCHOOL_ATTENDANCE_LEAD | SCHOOL:991001 | attendance:read | ATTENDANCE",
			"SCHOOL_DSL | SCHOOL:991001 | " + ALL_READ
					+ " | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION EHC_PLAN TRANSPORT REGISTERS",
			"SCHOOL_DSL | SCHOOL:991001 | attendance:read ehcp:read transport:read | ATTENDANCE EHC_PLAN TRANSPORT",
			"SENCO | SCHOOL:991001 | attendance:read ehcp:read | ATTENDANCE EHC_PLAN",
			"SENCO | SCHOOL:991001 | belonging:read | SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION REGISTERS",
			"LA_INCLUSION_OFFICER | LOCAL_AUTHORITY:838 | " + ALL_READ
					+ " | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION EHC_PLAN TRANSPORT REGISTERS",
			"SEND_CASEWORKER | LOCAL_AUTHORITY:838 | " + ALL_READ
					+ " | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION EHC_PLAN TRANSPORT REGISTERS",
			"TRANSPORT_OFFICER | LOCAL_AUTHORITY:838 | " + ALL_READ + " | ATTENDANCE ALTERNATIVE_PROVISION TRANSPORT",
			"TRANSPORT_OFFICER | LOCAL_AUTHORITY:838 | attendance:read transport:read | ATTENDANCE TRANSPORT",
			// alternative-provision:read grants the placements, never the rest of
			// belonging
			"TRANSPORT_OFFICER | LOCAL_AUTHORITY:838 | attendance:read transport:read alternative-provision:read"
					+ " | ATTENDANCE ALTERNATIVE_PROVISION TRANSPORT",
			"LA_INCLUSION_OFFICER | LOCAL_AUTHORITY:838 | alternative-provision:read | ALTERNATIVE_PROVISION",
			"EDUCATION_BOARD_ANALYST | LOCAL_AUTHORITY:838 | alternative-provision:read | none",
			"EHE_CME_OFFICER | LOCAL_AUTHORITY:838 | " + ALL_READ
					+ " | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS PART_TIME_TIMETABLE ALTERNATIVE_PROVISION EHC_PLAN REGISTERS",
			"EDUCATION_BOARD_ANALYST | LOCAL_AUTHORITY:838 | " + ALL_READ + " | none",
			"AUDITOR | LOCAL_AUTHORITY:838 | " + ALL_READ + " | none",
			"UNKNOWN_ROLE | LOCAL_AUTHORITY:838 | " + ALL_READ + " | none",
			// Partners never receive anything in their own right, whatever their scopes.
			"POLICE_ENCOMPASS_OFFICER | POLICE:DORSET | " + ALL_READ + " | none",
			"NHS_ADVICE_GIVER | HEALTH:NHS-DORSET | " + ALL_READ + " | none",
			"YOUTH_JUSTICE_OFFICER | PARTNER:DORSET-YJS | " + ALL_READ + " | none",
			// A locality officer: attendance only (the other services do not scope to a
			// locality yet); another role acting for a locality receives its own items.
			"LOCALITY_INCLUSION_OFFICER | LOCALITY:CHESIL | " + ALL_READ + " | ATTENDANCE",
			"LOCALITY_INCLUSION_OFFICER | LOCALITY:CHESIL | casework:write | none" })
	void releasesInOwnRightExactlyTheRolesItemsItHasScopesFor(String role, String organisation, String scopes,
			String expected) {
		assertThat(Release.inOwnRight(caller(role, organisation, scopes))).isEqualTo(items(expected));
	}

	@ParameterizedTest(name = "{0} under an agreement releasing [{1}] receives [{2}]")
	@CsvSource(delimiter = '|', nullValues = "none", value = {
			"POLICE_ENCOMPASS_OFFICER | ATTENDANCE EHC_PLAN | ATTENDANCE", "POLICE_ENCOMPASS_OFFICER | EHC_PLAN | none",
			"YOUTH_JUSTICE_OFFICER | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS EHC_PLAN | ATTENDANCE SUSPENSIONS_AND_EXCLUSIONS",
			"NHS_ADVICE_GIVER | ATTENDANCE EHC_PLAN SUSPENSIONS_AND_EXCLUSIONS | ATTENDANCE EHC_PLAN",
			"NHS_ADVICE_GIVER | TRANSPORT | none",
			// AP placements go to partners only when their agreement names them
			"POLICE_ENCOMPASS_OFFICER | ATTENDANCE ALTERNATIVE_PROVISION | ATTENDANCE ALTERNATIVE_PROVISION",
			"POLICE_ENCOMPASS_OFFICER | ATTENDANCE | ATTENDANCE",
			"YOUTH_JUSTICE_OFFICER | ALTERNATIVE_PROVISION SUSPENSIONS_AND_EXCLUSIONS | SUSPENSIONS_AND_EXCLUSIONS ALTERNATIVE_PROVISION",
			"NHS_ADVICE_GIVER | ALTERNATIVE_PROVISION EHC_PLAN | ALTERNATIVE_PROVISION EHC_PLAN",
			"NHS_ADVICE_GIVER | EHC_PLAN | EHC_PLAN" })
	void releasesUnderAnAgreementOnlyItsItemsThatTheRoleMayReceive(String role, String agreementItems,
			String expected) {
		Caller partner = caller(role, "POLICE:DORSET", "profile:read");
		assertThat(Release.underAgreement(partner, items(agreementItems))).isEqualTo(items(expected));
	}

	@ParameterizedTest(name = "{0} needs an agreement: {1}")
	@CsvSource({ "POLICE:DORSET, true", "HEALTH:NHS-DORSET, true", "PARTNER:trust-1, true", "SCHOOL:991001, false",
			"LOCAL_AUTHORITY:838, false", "LOCALITY:CHESIL, false" })
	void outsidePartnersActOnlyUnderAnAgreement(String organisation, boolean needs) {
		assertThat(Release.needsAgreement(caller("ANY", organisation, ""))).isEqualTo(needs);
	}

	@ParameterizedTest(name = "{0}: no health or safeguarding item")
	@CsvSource({ "TRANSPORT_OFFICER", "POLICE_ENCOMPASS_OFFICER" })
	void someRolesNeverReceiveSensitiveItems(String role) {
		assertThat(FieldPolicy.forRoles(Set.of(role))).noneMatch(DataItem::sensitive);
	}

	@ParameterizedTest(name = "{0} ({1}) with [{2}]: attendance figures suppressed {3}, EHC plan counts {4}")
	@CsvSource(delimiter = '|',
			value = { "LA_INCLUSION_OFFICER | LOCAL_AUTHORITY:838 | " + ALL_READ + " | false | false",
					"LOCALITY_INCLUSION_OFFICER | LOCALITY:CHESIL | attendance:read | false | true",
					"SCHOOL_ATTENDANCE_LEAD | SCHOOL:991001 | attendance:read | false | true",
					"SENCO | SCHOOL:991001 | attendance:read ehcp:read | false | false",
					// aggregates only, whatever else the token carries
					"EDUCATION_BOARD_ANALYST | LOCAL_AUTHORITY:838 | " + ALL_READ + " | true | true",
					"TRANSPORT_OFFICER | LOCAL_AUTHORITY:838 | transport:read | true | true" })
	void figuresAreSuppressedForWhoeverHasNoPupilLevelRightToTheirItem(String role, String organisation, String scopes,
			boolean attendance, boolean plans) {
		Caller caller = caller(role, organisation, scopes);
		assertThat(Release.suppressedFor(caller, DataItem.ATTENDANCE)).isEqualTo(attendance);
		assertThat(Release.suppressedFor(caller, DataItem.EHC_PLAN)).isEqualTo(plans);
	}

	@org.junit.jupiter.api.Test
	void theAnalystIsSuppressedEvenWithAnotherRoleThatWouldSeeRecords() {
		Caller both = new Caller("someone", "client", Organisation.localAuthority("838"),
				Set.of("EDUCATION_BOARD_ANALYST", "LA_INCLUSION_OFFICER"), Set.of(ALL_READ.split(" ")));
		assertThat(Release.suppressedFor(both, DataItem.ATTENDANCE)).isTrue();
	}

	static Caller caller(String role, String organisation, String scopes) {
		String[] org = organisation.split(":", 2);
		return new Caller("someone", "client", new Organisation(Organisation.Type.valueOf(org[0]), org[1]),
				Set.of(role), scopes.isBlank() ? Set.of() : Set.of(scopes.split(" ")));
	}

	static Set<DataItem> items(String names) {
		if (names == null) {
			return EnumSet.noneOf(DataItem.class);
		}
		return Arrays.stream(names.split(" "))
			.map(DataItem::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DataItem.class)));
	}

}
