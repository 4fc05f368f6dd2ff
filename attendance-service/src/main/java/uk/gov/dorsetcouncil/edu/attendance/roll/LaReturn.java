package uk.gov.dorsetcouncil.edu.attendance.roll;

import java.time.Instant;
import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A return a school makes to the local authority about its admission register (SI
 * 2024/208 reg 13), recorded when the school tells the platform: a new pupil return when
 * a pupil's name is entered, a deletion return when it is deleted.
 *
 * @param id unique per return, so recording it again changes nothing
 * @param date the admission date (new pupil) or the leaving date (deletion)
 * @param dueBy the last day the return is on time
 * @param onTime received by the end of {@code dueBy}, in England's time
 * @param ground the ground for deletion; null for a new pupil return, or when the school
 * did not give one
 * @param destination where the pupil went (the school or place the deletion return names,
 * when known); null for a new pupil return
 */
public record LaReturn(String id, Kind kind, String urn, Upn upn, LocalDate date, LocalDate dueBy, Instant receivedAt,
		boolean onTime, DeletionGround ground, String destination, String by) {

	public enum Kind {

		NEW_PUPIL, DELETION

	}

}
