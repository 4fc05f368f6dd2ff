package uk.gov.dorsetcouncil.edu.attendance.measures;

/** Whether the read model holds a pupil on a school's roll on a day. */
public enum RollStanding {

	ON_ROLL,
	/** On roll, and the enrolment is recorded as dual. */
	DUAL,
	/** Enrolled at the school, but not on that day. */
	NOT_ON_ROLL,
	/** No enrolment of the pupil at the school is held. */
	NOT_HELD

}
