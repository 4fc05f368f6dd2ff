package uk.gov.dorsetcouncil.edu.belonging.pupil.grpc;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.dorsetcouncil.edu.belonging.pupil.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionCommissioner;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionReason;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionSetting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every value of the record maps to the contract's value of the same name, "not recorded"
 * to UNSPECIFIED; absent values become empty strings.
 */
class PupilBelongingMessagesTest {

	static final Upn PUPIL = Upn.withCheckLetter("838200125001");

	@ParameterizedTest
	@EnumSource(ProvisionSetting.class)
	void eachSettingMapsToTheContractsValueOfTheSameName(ProvisionSetting setting) {
		AlternativeProvisionSetting expected = (setting == ProvisionSetting.NOT_RECORDED)
				? AlternativeProvisionSetting.ALTERNATIVE_PROVISION_SETTING_UNSPECIFIED
				: AlternativeProvisionSetting.valueOf(setting.name());
		assertThat(PupilBelongingMessages.setting(setting)).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(PlacementReason.class)
	void eachReasonMapsToTheContractsValueOfTheSameName(PlacementReason reason) {
		AlternativeProvisionReason expected = (reason == PlacementReason.NOT_RECORDED)
				? AlternativeProvisionReason.ALTERNATIVE_PROVISION_REASON_UNSPECIFIED
				: AlternativeProvisionReason.valueOf(reason.name());
		assertThat(PupilBelongingMessages.reason(reason)).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(Commissioner.class)
	void eachCommissionerMapsToTheContractsValueOfTheSameName(Commissioner commissioner) {
		AlternativeProvisionCommissioner expected = (commissioner == Commissioner.NOT_RECORDED)
				? AlternativeProvisionCommissioner.ALTERNATIVE_PROVISION_COMMISSIONER_UNSPECIFIED
				: AlternativeProvisionCommissioner.valueOf(commissioner.name());
		assertThat(PupilBelongingMessages.commissioner(commissioner)).isEqualTo(expected);
	}

	@Test
	void theContractHasNoValueTheRecordCannotCarry() {
		assertThat(AlternativeProvisionSetting.values()).hasSize(ProvisionSetting.values().length + 1);
		assertThat(AlternativeProvisionReason.values()).hasSize(PlacementReason.values().length + 1);
		assertThat(AlternativeProvisionCommissioner.values()).hasSize(Commissioner.values().length + 1);
	}

	@ParameterizedTest(name = "[{index}] urn={0} ukprn={1} commissioner={2} end={3}")
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "139825 | null | 838 | null | 139825 | '' | 838 | ''",
					"null | 10003710 | 991001 | 2026-03-27 | '' | 10003710 | 991001 | 2026-03-27",
					"null | null | null | null | '' | '' | '' | ''" })
	void absentValuesBecomeEmptyStrings(String urn, String ukprn, String commissioner, String end, String urnSent,
			String ukprnSent, String commissionerSent, String endSent) {
		AlternativeProvisionPlacement placement = new AlternativeProvisionPlacement("Chesil Education Centre", urn,
				ukprn, ProvisionSetting.PUPIL_REFERRAL_UNIT, Commissioner.LOCAL_AUTHORITY, commissioner,
				PlacementReason.PERMANENT_EXCLUSION, LocalDate.parse("2026-01-12"),
				(end == null) ? null : LocalDate.parse(end), 10, true);

		var sent = PupilBelongingMessages.placement(placement);

		assertThat(sent.getProviderName()).isEqualTo("Chesil Education Centre");
		assertThat(sent.getProviderUrn()).isEqualTo(nullToEmpty(urnSent));
		assertThat(sent.getProviderUkprn()).isEqualTo(nullToEmpty(ukprnSent));
		assertThat(sent.getCommissionerCode()).isEqualTo(nullToEmpty(commissionerSent));
		assertThat(sent.getStartDate()).isEqualTo("2026-01-12");
		assertThat(sent.getEndDate()).isEqualTo(nullToEmpty(endSent));
		assertThat(sent.getSessionsPerWeek()).isEqualTo(10);
		assertThat(sent.getDualRegistered()).isTrue();
	}

	@Test
	void aRecordWithoutPlacementsIsSentWithAnEmptyList() {
		assertThat(PupilBelongingMessages.of(PupilBelonging.nothingHeld(PUPIL)).getAlternativeProvisionList())
			.isEmpty();
		assertThat(PupilBelongingMessages
			.of(new PupilBelonging(PUPIL, List.of(), 0, false,
					List.of(new AlternativeProvisionPlacement("Harbour School", "148123", null,
							ProvisionSetting.AP_ACADEMY_OR_FREE_SCHOOL, Commissioner.SCHOOL, "991001",
							PlacementReason.OFF_SITE_DIRECTION, LocalDate.parse("2026-02-02"), null, 6, false))))
			.getAlternativeProvisionList()).singleElement()
			.satisfies(sent -> assertThat(sent.getReason()).isEqualTo(AlternativeProvisionReason.OFF_SITE_DIRECTION));
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

}
