package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.send.attendance.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.send.attendance.PupilAttendance;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;

/**
 * An EHC plan as the REST API shows it, with its next annual review and, on reads, the
 * pupil's attendance as a part that may be unavailable on its own.
 */
record EhcPlanView(String upn, String status, LocalDate issuedDate, String namedSchoolUrn, LocalDate lastReviewDate,
		LocalDate nextAnnualReviewDue, boolean annualReviewOverdue,
		@JsonInclude(JsonInclude.Include.NON_NULL) AttendancePart attendance) {

	static EhcPlanView of(EhcPlan plan, LocalDate today, AttendancePart attendance) {
		return new EhcPlanView(plan.upn().value(), plan.status().name(), plan.issuedDate(), plan.namedSchoolUrn(),
				plan.lastReviewDate(), plan.nextAnnualReviewDue().orElse(null), plan.annualReviewOverdueOn(today),
				attendance);
	}

	/**
	 * {@code AVAILABLE} with a summary, {@code NOT_FOUND} when the pupil is on no roll,
	 * or {@code UNAVAILABLE} with the reason.
	 */
	record AttendancePart(@Schema(allowableValues = {
			"AVAILABLE", "NOT_FOUND", "UNAVAILABLE" }, example = "AVAILABLE") String status,
			@JsonInclude(JsonInclude.Include.NON_NULL) Summary summary,
			@JsonInclude(JsonInclude.Include.NON_NULL) String reason){

		static AttendancePart of(PupilAttendance attendance) {
			return switch (attendance) {
				case PupilAttendance.Available available ->
					new AttendancePart("AVAILABLE", Summary.of(available.summary()), null);
				case PupilAttendance.NotOnRoll notOnRoll -> new AttendancePart("NOT_FOUND", null,
						"the pupil is on no school roll the attendance service holds");
				case PupilAttendance.Unavailable unavailable ->
					new AttendancePart("UNAVAILABLE", null, unavailable.reason());
			};
		}

	}

	/**
	 * The combined figures across the pupil's enrolments, with their basis and as-of
	 * time.
	 */
	record Summary(String basis, @Schema(format = "date", example = "2026-09-02") String fromDate,
			@Schema(format = "date", example = "2026-12-04") String toDate, @Schema(format = "date-time") String asOf,
			int possibleSessions, int presentSessions, int approvedEducationalActivitySessions,
			int authorisedAbsenceSessions, int unauthorisedAbsenceSessions, double attendancePercent,
			double overallAbsencePercent, double authorisedAbsencePercent, double unauthorisedAbsencePercent,
			boolean persistentlyAbsent, boolean severelyAbsent) {

		static Summary of(uk.gov.dorsetcouncil.edu.send.attendance.AttendanceSummary summary) {
			AttendanceFigures figures = summary.combined();
			return new Summary(summary.basis(), summary.fromDate(), summary.toDate(), summary.asOf(),
					figures.possibleSessions(), figures.presentSessions(),
					figures.approvedEducationalActivitySessions(), figures.authorisedAbsenceSessions(),
					figures.unauthorisedAbsenceSessions(), figures.attendancePercent(), figures.overallAbsencePercent(),
					figures.authorisedAbsencePercent(), figures.unauthorisedAbsencePercent(),
					figures.persistentlyAbsent(), figures.severelyAbsent());
		}

	}

}
