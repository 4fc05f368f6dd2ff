package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionReason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason for an AP placement goes only to a caller who receives the item it tells of:
 * every reason of the belonging contract against the roles' typical item sets.
 */
class AlternativeProvisionReasonsTest {

	@ParameterizedTest(name = "{0} discloses {1}")
	@CsvSource({ "SUSPENSION_SIXTH_DAY, SUSPENSIONS_AND_EXCLUSIONS", "PERMANENT_EXCLUSION, SUSPENSIONS_AND_EXCLUSIONS",
			"OFF_SITE_DIRECTION, SUSPENSIONS_AND_EXCLUSIONS", "HEALTH_NEEDS, EHC_PLAN", "EHC_PLAN_PROVISION, EHC_PLAN",
			"OTHER_REASON, SUSPENSIONS_AND_EXCLUSIONS",
			// a reason from a later version of the contract counts as
			// safeguarding-sensitive
			"UNRECOGNIZED, SUSPENSIONS_AND_EXCLUSIONS", "ADOPTED_LATER, SUSPENSIONS_AND_EXCLUSIONS" })
	void eachReasonTellsOfOneItem(String reason, DataItem item) {
		assertThat(AlternativeProvisionReasons.disclosedBy(reason)).isEqualTo(item);
	}

	@ParameterizedTest(name = "{0} is in the table")
	@EnumSource(value = AlternativeProvisionReason.class,
			names = { "ALTERNATIVE_PROVISION_REASON_UNSPECIFIED", "UNRECOGNIZED" }, mode = EnumSource.Mode.EXCLUDE)
	void everyReasonOfTheContractIsInTheTable(AlternativeProvisionReason reason) {
		assertThat(AlternativeProvisionReasons.DISCLOSES).containsKey(reason.name());
	}

	@ParameterizedTest(name = "[{index}] {0} with [{1}] released: {2}")
	@CsvSource(delimiter = '|', value = {
			// the transport officer and the police: where, never why
			"PERMANENT_EXCLUSION | ATTENDANCE ALTERNATIVE_PROVISION TRANSPORT | false",
			"HEALTH_NEEDS | ATTENDANCE ALTERNATIVE_PROVISION TRANSPORT | false",
			"OTHER_REASON | ATTENDANCE ALTERNATIVE_PROVISION | false",
			// an NHS clinician: health placements, not exclusions
			"HEALTH_NEEDS | ATTENDANCE ALTERNATIVE_PROVISION EHC_PLAN | true",
			"EHC_PLAN_PROVISION | ATTENDANCE ALTERNATIVE_PROVISION EHC_PLAN | true",
			"SUSPENSION_SIXTH_DAY | ATTENDANCE ALTERNATIVE_PROVISION EHC_PLAN | false",
			// youth justice: exclusions and behaviour, not health
			"OFF_SITE_DIRECTION | ALTERNATIVE_PROVISION SUSPENSIONS_AND_EXCLUSIONS | true",
			"EHC_PLAN_PROVISION | ALTERNATIVE_PROVISION SUSPENSIONS_AND_EXCLUSIONS | false",
			// the inclusion officer: everything
			"HEALTH_NEEDS | ALTERNATIVE_PROVISION SUSPENSIONS_AND_EXCLUSIONS EHC_PLAN | true",
			"PERMANENT_EXCLUSION | ALTERNATIVE_PROVISION SUSPENSIONS_AND_EXCLUSIONS EHC_PLAN | true" })
	void aReasonIsReleasedOnlyWithTheItemItTellsOf(String reason, String released, boolean expected) {
		Set<DataItem> items = ReleaseTest.items(released);
		assertThat(AlternativeProvisionReasons.withheldFrom(items, reason)).as(reason)
			.matches(why -> why.isEmpty() == expected);
		AlternativeProvisionReasons.withheldFrom(items, reason)
			.ifPresent(why -> assertThat(why).isEqualTo(
					"released only with " + AlternativeProvisionReasons.disclosedBy(reason) + " (field-level policy)"));
	}

}
