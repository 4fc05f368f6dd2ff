package uk.gov.dorsetcouncil.edu.send.assessment;

/** What a decision step of an EHC needs assessment decided. */
public enum StepOutcome {

	/** The LA will assess (reg 5). */
	ASSESS,
	/** The LA refuses to assess: the parent may appeal (s51(2)(a) CFA 2014). */
	REFUSE,
	/** The LA will issue a plan (s36(8)). */
	ISSUE,
	/**
	 * The LA will not issue a plan: notified, and the parent may appeal (reg 10,
	 * s51(2)(b)).
	 */
	NOT_ISSUE

}
