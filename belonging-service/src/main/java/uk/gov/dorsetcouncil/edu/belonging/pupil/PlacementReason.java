package uk.gov.dorsetcouncil.edu.belonging.pupil;

/**
 * Why an alternative provision placement was commissioned: the AP census' primary reason
 * for placement (why it was arranged, not what the child's needs are).
 */
public enum PlacementReason {

	/**
	 * Full-time education from the sixth school day of a suspension, arranged by the
	 * school (Education (Provision of Full-Time Education for Excluded Pupils) (England)
	 * Regulations 2007).
	 */
	SUSPENSION_SIXTH_DAY,
	/**
	 * After a permanent exclusion, arranged by the LA from the sixth school day (s19 EA
	 * 1996).
	 */
	PERMANENT_EXCLUSION,
	/** Health needs that keep the child from school (s19 EA 1996; DfE guidance 2023). */
	HEALTH_NEEDS,
	/** An off-site direction to improve behaviour (s29A Education Act 2002). */
	OFF_SITE_DIRECTION,
	/**
	 * Provision specified in the child's EHC plan (Children and Families Act 2014 s42).
	 */
	EHC_PLAN_PROVISION,
	/**
	 * Any other reason the child would otherwise lack suitable education (s19 "or
	 * otherwise").
	 */
	OTHER_REASON,
	/** The record does not say. */
	NOT_RECORDED

}
