package uk.gov.dorsetcouncil.edu.send.review;

/**
 * What the LA decides after an annual review meeting (SEND Regulations 2014 reg 20(10)).
 */
public enum ReviewOutcome {

	/** Keep the plan as it is. */
	MAINTAIN,
	/** Amend it: the decision is notified with the proposed amendments (reg 22(2)). */
	AMEND,
	/** Cease to maintain it (s45). */
	CEASE

}
