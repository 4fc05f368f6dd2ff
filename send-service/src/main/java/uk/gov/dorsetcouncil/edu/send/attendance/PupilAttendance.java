package uk.gov.dorsetcouncil.edu.send.attendance;

/**
 * What SEND can say about a pupil's attendance at the moment of asking: the attendance
 * service's figures, the fact that the pupil is on no school roll, or why the figures
 * could not be had. A caseworker always gets the plan; this part says what is known.
 */
public sealed interface PupilAttendance {

	record Available(AttendanceSummary summary) implements PupilAttendance {

	}

	/** The pupil is on no school's roll, as far as the attendance service knows. */
	record NotOnRoll() implements PupilAttendance {

	}

	/** The figures could not be had; the reason says why, for the caseworker. */
	record Unavailable(String reason) implements PupilAttendance {

	}

}
