package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.List;

/**
 * A part-time timetable as a school sends it, unchecked: every field may be absent or
 * wrong, and {@link TimetableRecording} says which.
 *
 * @param upn the pupil
 * @param schoolUrn the school (the caller's own)
 * @param startDate yyyy-MM-dd
 * @param hoursPerWeek the hours a week agreed
 * @param reason a {@link PartTimeReason} name
 * @param parentAgreedOn when the parent agreed, yyyy-MM-dd
 * @param reintegrationPlan how the pupil returns to full time
 * @param reviewDates when it is to be reviewed
 * @param endDate its last day, optional
 */
public record TimetableRequest(String upn, String schoolUrn, String startDate, Double hoursPerWeek, String reason,
		String parentAgreedOn, String reintegrationPlan, List<String> reviewDates, String endDate) {

}
