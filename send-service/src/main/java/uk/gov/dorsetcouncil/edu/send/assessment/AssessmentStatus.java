package uk.gov.dorsetcouncil.edu.send.assessment;

/** Where an EHC needs assessment stands, worked out from its decisions and plan. */
public enum AssessmentStatus {

	/** Still running: a child has at most one open request. */
	OPEN,
	/** The LA refused to assess. */
	REFUSED_TO_ASSESS,
	/** The LA assessed and decided not to issue a plan. */
	NOT_TO_ISSUE,
	/** The final plan was issued. */
	PLAN_ISSUED

}
