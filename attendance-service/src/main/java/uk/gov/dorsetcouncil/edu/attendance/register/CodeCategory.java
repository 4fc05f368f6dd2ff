package uk.gov.dorsetcouncil.edu.attendance.register;

/**
 * How a register code counts in the DfE absence measures (Pupil absence statistics:
 * methodology; domain-rules.md 1.1).
 */
public enum CodeCategory {

	/** Present in school. */
	PRESENT,
	/** Off-site approved educational activity: counted as attendance. */
	APPROVED_EDUCATIONAL_ACTIVITY,
	/** Absent with the school's authority. */
	AUTHORISED,
	/** Absent without authority. */
	UNAUTHORISED,
	/** Unable to attend because of exceptional circumstances: not a possible session. */
	UNABLE_TO_ATTEND,
	/** Administrative, not counted: not a possible session. */
	ADMINISTRATIVE

}
