package uk.gov.dorsetcouncil.edu.attendance.roll;

/**
 * What the cohort measures need to know about a pupil beyond year group and sex (school
 * census characteristics, and children's social care status held by the LA).
 *
 * @param freeSchoolMeals eligible for free school meals
 * @param senProvision N, K (SEN support) or E (EHC plan)
 * @param lookedAfter looked after by a local authority (CLA)
 * @param childInNeed a child in need (Children Act 1989 s17)
 * @param childProtectionPlan subject to a child protection plan
 * @param everSocialWorker has ever had a social worker (the DfE's "children with a social
 * worker" measures use the last six years)
 * @param ethnicity the DfE main ethnicity code
 * @param youngCarer identified as a young carer
 */
public record Characteristics(boolean freeSchoolMeals, SenProvision senProvision, boolean lookedAfter,
		boolean childInNeed, boolean childProtectionPlan, boolean everSocialWorker, Ethnicity ethnicity,
		boolean youngCarer) {

	/** What is assumed until a school or the LA says otherwise. */
	public static final Characteristics NOT_RECORDED = new Characteristics(false, SenProvision.N, false, false, false,
			false, Ethnicity.NOBT, false);

	public Characteristics {
		senProvision = (senProvision != null) ? senProvision : SenProvision.N;
		ethnicity = (ethnicity != null) ? ethnicity : Ethnicity.NOBT;
	}

	/**
	 * One social care status per pupil, most intensive first, so the groups partition the
	 * pupils (as the DfE's children in need status hierarchy does): looked after, then a
	 * child protection plan, then child in need.
	 */
	public SocialCare socialCare() {
		if (this.lookedAfter) {
			return SocialCare.LOOKED_AFTER;
		}
		if (this.childProtectionPlan) {
			return SocialCare.CHILD_PROTECTION_PLAN;
		}
		return this.childInNeed ? SocialCare.CHILD_IN_NEED : SocialCare.NONE;
	}

	public enum SocialCare {

		LOOKED_AFTER, CHILD_PROTECTION_PLAN, CHILD_IN_NEED, NONE

	}

}
