package uk.gov.dorsetcouncil.edu.belonging.exclusion;

/** What a meeting or a review decided. */
public enum StepOutcome {

	/** The governing board (or, on reconsideration, again) upholds the decision. */
	UPHELD,

	/** The governing board directs the pupil's reinstatement. */
	REINSTATED,

	/**
	 * The independent review panel upholds the decision (SI 2012/1033: it may not
	 * reinstate).
	 */
	PANEL_UPHELD,

	/** The panel recommends that the governing board reconsiders. */
	RECONSIDERATION_RECOMMENDED,

	/** The panel quashes the decision and directs the governing board to reconsider. */
	QUASHED

}
