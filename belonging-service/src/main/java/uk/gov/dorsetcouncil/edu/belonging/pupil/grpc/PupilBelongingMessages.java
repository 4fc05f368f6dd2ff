package uk.gov.dorsetcouncil.edu.belonging.pupil.grpc;

import java.util.Objects;

import uk.gov.dorsetcouncil.edu.belonging.pupil.AlternativeProvisionPlacement;
import uk.gov.dorsetcouncil.edu.belonging.pupil.Commissioner;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PlacementReason;
import uk.gov.dorsetcouncil.edu.belonging.pupil.ProvisionSetting;
import uk.gov.dorsetcouncil.edu.belonging.pupil.PupilBelonging;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionCommissioner;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionReason;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionSetting;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.Suspension;

/**
 * The belonging record in the contract's words ({@code dorset.belonging.v1}): dates as
 * yyyy-MM-dd, absent values as empty strings, "not recorded" as the UNSPECIFIED value.
 */
final class PupilBelongingMessages {

	private PupilBelongingMessages() {
	}

	static uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging of(PupilBelonging belonging) {
		return uk.gov.dorsetcouncil.edu.proto.belonging.v1.PupilBelonging.newBuilder()
			.setUpn(belonging.upn().value())
			.addAllSuspensions(belonging.suspensions()
				.stream()
				.map(s -> Suspension.newBuilder()
					.setSchoolUrn(s.schoolUrn())
					.setStartDate(s.startDate().toString())
					.setSessions(s.sessions())
					.setReason(Objects.requireNonNullElse(s.reason(), ""))
					.build())
				.toList())
			.setPermanentExclusions(belonging.permanentExclusions())
			.setOnPartTimeTimetable(belonging.onPartTimeTimetable())
			.addAllAlternativeProvision(
					belonging.alternativeProvision().stream().map(PupilBelongingMessages::placement).toList())
			.build();
	}

	static uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionPlacement placement(
			AlternativeProvisionPlacement placement) {
		return uk.gov.dorsetcouncil.edu.proto.belonging.v1.AlternativeProvisionPlacement.newBuilder()
			.setProviderName(placement.providerName())
			.setProviderUrn(orEmpty(placement.providerUrn()))
			.setProviderUkprn(orEmpty(placement.providerUkprn()))
			.setSetting(setting(placement.setting()))
			.setCommissionedBy(commissioner(placement.commissionedBy()))
			.setCommissionerCode(orEmpty(placement.commissionerCode()))
			.setReason(reason(placement.reason()))
			.setStartDate(placement.startDate().toString())
			.setEndDate((placement.endDate() != null) ? placement.endDate().toString() : "")
			.setSessionsPerWeek(placement.sessionsPerWeek())
			.setDualRegistered(placement.dualRegistered())
			.build();
	}

	static AlternativeProvisionSetting setting(ProvisionSetting setting) {
		return switch (setting) {
			case PUPIL_REFERRAL_UNIT -> AlternativeProvisionSetting.PUPIL_REFERRAL_UNIT;
			case AP_ACADEMY_OR_FREE_SCHOOL -> AlternativeProvisionSetting.AP_ACADEMY_OR_FREE_SCHOOL;
			case HOSPITAL_SCHOOL -> AlternativeProvisionSetting.HOSPITAL_SCHOOL;
			case OTHER_STATE_SCHOOL -> AlternativeProvisionSetting.OTHER_STATE_SCHOOL;
			case INDEPENDENT_SCHOOL -> AlternativeProvisionSetting.INDEPENDENT_SCHOOL;
			case FURTHER_EDUCATION -> AlternativeProvisionSetting.FURTHER_EDUCATION;
			case ONE_TO_ONE_TUITION -> AlternativeProvisionSetting.ONE_TO_ONE_TUITION;
			case WORK_BASED_PLACEMENT -> AlternativeProvisionSetting.WORK_BASED_PLACEMENT;
			case UNREGISTERED_PROVIDER -> AlternativeProvisionSetting.UNREGISTERED_PROVIDER;
			case NOT_RECORDED -> AlternativeProvisionSetting.ALTERNATIVE_PROVISION_SETTING_UNSPECIFIED;
		};
	}

	static AlternativeProvisionReason reason(PlacementReason reason) {
		return switch (reason) {
			case SUSPENSION_SIXTH_DAY -> AlternativeProvisionReason.SUSPENSION_SIXTH_DAY;
			case PERMANENT_EXCLUSION -> AlternativeProvisionReason.PERMANENT_EXCLUSION;
			case HEALTH_NEEDS -> AlternativeProvisionReason.HEALTH_NEEDS;
			case OFF_SITE_DIRECTION -> AlternativeProvisionReason.OFF_SITE_DIRECTION;
			case EHC_PLAN_PROVISION -> AlternativeProvisionReason.EHC_PLAN_PROVISION;
			case OTHER_REASON -> AlternativeProvisionReason.OTHER_REASON;
			case NOT_RECORDED -> AlternativeProvisionReason.ALTERNATIVE_PROVISION_REASON_UNSPECIFIED;
		};
	}

	static AlternativeProvisionCommissioner commissioner(Commissioner commissioner) {
		return switch (commissioner) {
			case SCHOOL -> AlternativeProvisionCommissioner.SCHOOL;
			case LOCAL_AUTHORITY -> AlternativeProvisionCommissioner.LOCAL_AUTHORITY;
			case NOT_RECORDED -> AlternativeProvisionCommissioner.ALTERNATIVE_PROVISION_COMMISSIONER_UNSPECIFIED;
		};
	}

	private static String orEmpty(String value) {
		return (value == null) ? "" : value;
	}

}
