package uk.gov.dorsetcouncil.edu.transport.application;

/** Where an application stands, derived from what is held (never stored on its own). */
public enum ApplicationStatus {

	/** Received, not yet decided. */
	SUBMITTED,

	/** Travel awarded (on the rules, by the officer or on appeal). */
	AWARDED,

	/** Travel refused. */
	REFUSED,

	/** The family asked for a stage 1 review; a senior officer reviews. */
	STAGE_1_REVIEW,

	/** The family asked for a stage 2 appeal; an independent panel hears it. */
	STAGE_2_PANEL

}
