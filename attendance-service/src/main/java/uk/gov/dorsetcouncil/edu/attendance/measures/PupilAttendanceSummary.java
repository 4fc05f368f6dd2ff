package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A pupil's attendance over a period, per enrolment and combined, labelled with its basis
 * and as-of time.
 */
public record PupilAttendanceSummary(Upn upn, Basis basis, LocalDate fromDate, LocalDate toDate, Instant asOf,
		AttendanceFigures combined, List<EnrolmentFigures> enrolments) {

	public PupilAttendanceSummary {
		enrolments = List.copyOf(enrolments);
	}

	public enum Basis {

		ACADEMIC_YEAR_TO_DATE("academic year to date"), DATE_RANGE("date range");

		private final String label;

		Basis(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** One enrolment's figures, as the DfE counts them. */
	public record EnrolmentFigures(String schoolUrn, String schoolName, LocalDate admissionDate, LocalDate leavingDate,
			AttendanceFigures figures) {
	}

}
