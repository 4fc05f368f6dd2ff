package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.util.List;

/**
 * Everything one run fetched from a school's feed, as sent: values are not checked yet.
 * Records the feed could not even read (not an object, a field of the wrong type) are in
 * {@code malformed}.
 */
public record FeedBatch(List<PupilChange> pupils, List<RegisterChange> registers, List<RecordProblem> malformed) {

	public FeedBatch {
		pupils = List.copyOf(pupils);
		registers = List.copyOf(registers);
		malformed = List.copyOf(malformed);
	}

	public int records() {
		return this.pupils.size() + this.registers.size();
	}

	/**
	 * A pupil joining, changing or leaving the roll.
	 *
	 * @param record where it came from, for reports ({@code students page 2 item 3})
	 */
	public record PupilChange(String record, String upn, String familyName, String givenName, String dateOfBirth,
			Integer yearGroup, String sex, String admissionDate, String leavingDate) {
	}

	/** One session register as the MIS holds it now. */
	public record RegisterChange(String record, String date, String session, List<Mark> marks) {

		public RegisterChange {
			marks = (marks != null) ? List.copyOf(marks) : null;
		}

	}

	public record Mark(String upn, String code) {
	}

	/** What was wrong with which record. */
	public record RecordProblem(String record, String reason) {
	}

}
