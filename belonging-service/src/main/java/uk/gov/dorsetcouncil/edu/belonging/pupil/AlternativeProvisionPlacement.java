package uk.gov.dorsetcouncil.edu.belonging.pupil;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One alternative provision placement, as the AP census and the school census' AP module
 * describe it.
 *
 * @param providerName the provider's name
 * @param providerUrn the provider's URN when it is a registered school, or null
 * @param providerUkprn the provider's UK provider reference number when it has one and no
 * URN, or null
 * @param setting where the placement takes place
 * @param commissionedBy a school or the local authority
 * @param commissionerCode the commissioning school's URN or the LA's code (838), or null
 * @param reason why it was commissioned
 * @param startDate its first day
 * @param endDate its last day, planned or actual, or null while open-ended
 * @param sessionsPerWeek sessions a week at the provider (ten is full time)
 * @param dualRegistered whether the child is on the admission registers of both the home
 * school and the provider
 */
public record AlternativeProvisionPlacement(String providerName, String providerUrn, String providerUkprn,
		ProvisionSetting setting, Commissioner commissionedBy, String commissionerCode, PlacementReason reason,
		LocalDate startDate, LocalDate endDate, int sessionsPerWeek, boolean dualRegistered) {

	public AlternativeProvisionPlacement {
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(startDate, "startDate");
		setting = Objects.requireNonNullElse(setting, ProvisionSetting.NOT_RECORDED);
		commissionedBy = Objects.requireNonNullElse(commissionedBy, Commissioner.NOT_RECORDED);
		reason = Objects.requireNonNullElse(reason, PlacementReason.NOT_RECORDED);
	}

}
