package uk.gov.dorsetcouncil.edu.transport.eligibility;

/**
 * What send-service says of the child's EHC plan, as evidence.
 *
 * @param known false when send-service could not be asked
 * @param status DRAFT, FINAL or CEASED; null without a plan
 * @param namedSchoolUrn the school a plan names, or null
 */
public record EhcPlanEvidence(boolean known, boolean hasPlan, String status, String namedSchoolUrn, String detail) {

	public static EhcPlanEvidence unavailable(String why) {
		return new EhcPlanEvidence(false, false, null, null, why);
	}

	/** A final plan naming a school: that school is the suitable one. */
	public boolean namesSchool() {
		return this.known && this.hasPlan && "FINAL".equals(this.status) && this.namedSchoolUrn != null
				&& !this.namedSchoolUrn.isBlank();
	}

}
