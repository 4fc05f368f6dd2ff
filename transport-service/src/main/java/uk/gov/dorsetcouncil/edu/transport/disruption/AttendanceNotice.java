package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.util.List;

/**
 * Attendance told of a disruption's sessions, so that Y1 is the expected mark for them
 * and no alert counts them against the family. Throws {@link AttendanceUnavailable} when
 * attendance could not be told.
 */
public interface AttendanceNotice {

	void tell(Disruption disruption);

	/** Attendance could not be told: nothing is kept, the officer tries again. */
	final class AttendanceUnavailable extends RuntimeException {

		public AttendanceUnavailable(String message) {
			super(message);
		}

	}

	/** Every session told, for tests and callers that hold them. */
	static AttendanceNotice collecting(List<Disruption> told) {
		return told::add;
	}

}
