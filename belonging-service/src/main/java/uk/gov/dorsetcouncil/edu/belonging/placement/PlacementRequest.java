package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.util.List;

/**
 * An alternative provision placement as the commissioner sends it, unchecked: every field
 * may be absent or wrong, and {@link PlacementKeeping} says which.
 *
 * @param upn the pupil
 * @param schoolUrn the home school (required when a school commissions)
 * @param commissionedBy SCHOOL or LOCAL_AUTHORITY
 * @param reason a {@code PlacementReason} name
 * @param exclusionId the exclusion it provides for from its sixth day
 * @param providerName the provider
 * @param providerUrn the provider's URN, optional
 * @param setting a {@code ProvisionSetting} name
 * @param startDate yyyy-MM-dd
 * @param endDate its planned last day, optional
 * @param sessionsPerWeek 1 to 10
 * @param awayFromHomeLocality outside the pupil's home locality
 * @param reviewDates when it is to be reviewed (required for an off-site direction)
 */
public record PlacementRequest(String upn, String schoolUrn, String commissionedBy, String reason, String exclusionId,
		String providerName, String providerUrn, String setting, String startDate, String endDate,
		Integer sessionsPerWeek, Boolean awayFromHomeLocality, List<String> reviewDates) {

}
