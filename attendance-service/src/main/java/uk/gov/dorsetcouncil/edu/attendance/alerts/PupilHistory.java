package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One enrolment's marks as the alert rules read them: only sessions while the pupil was
 * on this school's roll count.
 *
 * @param urn the school
 * @param upn the pupil
 * @param pupilName given and family name
 * @param yearGroup national curriculum year
 * @param admissionDate first day on roll
 * @param leavingDate last day on roll, or null
 * @param socialCarePlan whether the pupil has a child-in-need or child-protection plan;
 * the roll does not hold this characteristic yet, so callers pass it in (ADR 0009)
 * @param marks the enrolment's years of marks, this year and the one before
 */
public record PupilHistory(String urn, Upn upn, String pupilName, int yearGroup, LocalDate admissionDate,
		LocalDate leavingDate, boolean socialCarePlan, Map<AcademicYear, YearMarks> marks) {

	public PupilHistory {
		marks = Map.copyOf(marks);
	}

	public boolean onRoll(LocalDate date) {
		return !date.isBefore(this.admissionDate) && (this.leavingDate == null || !date.isAfter(this.leavingDate));
	}

	/** The mark held for a session while on roll. */
	public Optional<AttendanceCode> mark(LocalDate date, Session session) {
		if (!onRoll(date)) {
			return Optional.empty();
		}
		YearMarks year = this.marks.get(AcademicYear.of(date));
		return (year != null) ? year.mark(date, session) : Optional.empty();
	}

}
