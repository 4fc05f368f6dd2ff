package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A severely absent pupil's plan to improve attendance (Dorset Attendance Strategy action
 * P1/013: every severely absent child has a robust plan). One plan per pupil per school.
 *
 * @param urn the school
 * @param upn the pupil
 * @param owner who leads the plan (a named officer or school lead)
 * @param actions what will be done, by whom, by when
 * @param reviewDate when the plan is next reviewed; past it the plan is overdue
 * @param updatedBy who last changed it
 * @param updatedAt when it was last changed
 * @param version the stored version (0 when new)
 */
public record AttendancePlan(String urn, Upn upn, String owner, List<Action> actions, LocalDate reviewDate,
		String updatedBy, Instant updatedAt, long version) {

	public AttendancePlan {
		actions = List.copyOf(actions);
	}

	public boolean reviewOverdue(LocalDate today) {
		return this.reviewDate.isBefore(today);
	}

	/** Whether two plans say the same, whoever wrote them and when. */
	public boolean sameContent(AttendancePlan other) {
		return this.owner.equals(other.owner) && this.actions.equals(other.actions)
				&& this.reviewDate.equals(other.reviewDate);
	}

	/**
	 * One action of a plan.
	 *
	 * @param description what will be done
	 * @param owner who does it
	 * @param dueDate by when, or null
	 * @param done whether it has been done
	 */
	public record Action(String description, String owner, LocalDate dueDate, boolean done) {
	}

}
