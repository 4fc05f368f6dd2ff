package uk.gov.dorsetcouncil.edu.send.review;

/** Where an annual review stands: open until the LA's decision is carried out. */
public enum ReviewStatus {

	/** Waiting for the meeting, the decision or the amended plan. */
	OPEN,
	/** Decided: the plan stays as it is. */
	MAINTAINED,
	/** The amended plan is issued. */
	AMENDED,
	/** Decided: the plan ceases. */
	CEASED

}
