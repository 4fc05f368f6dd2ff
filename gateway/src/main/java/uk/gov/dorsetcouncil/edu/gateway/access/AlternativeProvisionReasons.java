package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the reason for an alternative provision placement may go with it. A reason
 * tells what another item holds: sixth-day provision, a permanent exclusion or an
 * off-site direction tell of suspensions, exclusions and behaviour
 * ({@link DataItem#SUSPENSIONS_AND_EXCLUSIONS}); health needs and EHC plan provision tell
 * of health and SEN ({@link DataItem#EHC_PLAN}). So a reason is released only to a caller
 * who receives the item it discloses (data minimisation, UK GDPR Art 5(1)(c)): the
 * transport officer learns where a child is taught, not why; an NHS clinician learns of
 * health placements, not of exclusions. Any other reason, and one this gateway does not
 * know, is treated as safeguarding-sensitive.
 */
public final class AlternativeProvisionReasons {

	/**
	 * The AP census' primary reasons for placement, as the belonging contract names them.
	 */
	static final Map<String, DataItem> DISCLOSES = Map.of("SUSPENSION_SIXTH_DAY", DataItem.SUSPENSIONS_AND_EXCLUSIONS,
			"PERMANENT_EXCLUSION", DataItem.SUSPENSIONS_AND_EXCLUSIONS, "OFF_SITE_DIRECTION",
			DataItem.SUSPENSIONS_AND_EXCLUSIONS, "HEALTH_NEEDS", DataItem.EHC_PLAN, "EHC_PLAN_PROVISION",
			DataItem.EHC_PLAN, "OTHER_REASON", DataItem.SUSPENSIONS_AND_EXCLUSIONS);

	private AlternativeProvisionReasons() {
	}

	/** The item a reason discloses; unknown reasons count as safeguarding-sensitive. */
	public static DataItem disclosedBy(String reason) {
		return DISCLOSES.getOrDefault(reason, DataItem.SUSPENSIONS_AND_EXCLUSIONS);
	}

	/**
	 * Why the reason is withheld from a caller who receives these items, or empty when it
	 * may be released.
	 */
	public static Optional<String> withheldFrom(Set<DataItem> released, String reason) {
		DataItem needed = disclosedBy(reason);
		return released.contains(needed) ? Optional.empty()
				: Optional.of("released only with " + needed.name() + " (field-level policy)");
	}

}
