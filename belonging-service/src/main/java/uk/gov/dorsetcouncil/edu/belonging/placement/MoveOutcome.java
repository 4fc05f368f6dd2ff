package uk.gov.dorsetcouncil.edu.belonging.placement;

/**
 * How a managed move ended. A managed move is a fresh start at the new school, never a
 * trial (DfE, Suspension and permanent exclusion guidance 2024: a managed move is a
 * transfer to another school, with every party's agreement): so there is no "returned
 * after the trial" outcome, only a move that took, one that broke down at the new school,
 * and one withdrawn before it began.
 */
public enum MoveOutcome {

	/** On the new school's roll (attendance-service's roll is checked). */
	ON_ROLL,
	/** The placement at the new school broke down after it began. */
	BROKEN_DOWN,
	/** Withdrawn before the pupil started at the new school. */
	WITHDRAWN

}
