package uk.gov.dorsetcouncil.edu.send.plan;

/**
 * Why the LA ceased to maintain a plan (Children and Families Act 2014 s45; the reasons
 * SEN2 asks for when a plan ends). A transfer to another LA is recorded as a transfer out
 * (SEND Regulations 2014 reg 15), which ceases the plan here with
 * {@link #TRANSFERRED_TO_ANOTHER_LA}.
 */
public enum CeaseReason {

	/** s45(1)(b): no longer necessary; the needs are met without a plan. */
	NEEDS_MET_WITHOUT_PLAN,
	/** reg 15: the child moved and the plan went with them. */
	TRANSFERRED_TO_ANOTHER_LA,
	/** The child or young person moved outside England. */
	MOVED_OUTSIDE_ENGLAND,
	/** s45(2)(b): the young person went into higher education. */
	HIGHER_EDUCATION,
	/** The young person went into paid employment (not an apprenticeship). */
	PAID_EMPLOYMENT,
	/** s45(2)(a), over 18: no longer wishes to engage in education or training. */
	NO_LONGER_ENGAGING,
	/** s46: the end of the academic year in which the young person turned 25. */
	MAXIMUM_AGE,
	/** The child or young person died. */
	DECEASED,
	/** Another reason, recorded in the plan's history by its author. */
	OTHER

}
