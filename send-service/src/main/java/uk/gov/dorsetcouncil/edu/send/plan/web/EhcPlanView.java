package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.send.attendance.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.send.attendance.PupilAttendance;
import uk.gov.dorsetcouncil.edu.send.plan.Amendment;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.PlanContent;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;
import uk.gov.dorsetcouncil.edu.send.plan.Transfer;

/**
 * An EHC plan as the REST API shows it, with its next annual review and, on reads, the
 * pupil's attendance as a part that may be unavailable on its own.
 */
record EhcPlanView(String upn, String status, LocalDate issuedDate, String namedSchoolUrn, LocalDate lastReviewDate,
		LocalDate nextAnnualReviewDue, boolean annualReviewOverdue,
		@JsonInclude(JsonInclude.Include.NON_NULL) SectionsView sections,
		@JsonInclude(JsonInclude.Include.NON_NULL) CessationView ceased, List<TransferView> transfers,
		List<AmendmentView> amendments, @JsonInclude(JsonInclude.Include.NON_NULL) AttendancePart attendance) {

	static EhcPlanView of(PlanRecord record, LocalDate today, AttendancePart attendance) {
		EhcPlan plan = record.plan();
		return new EhcPlanView(plan.upn().value(), plan.status().name(), plan.issuedDate(), plan.namedSchoolUrn(),
				plan.lastReviewDate(), plan.nextAnnualReviewDue().orElse(null), plan.annualReviewOverdueOn(today),
				SectionsView.of(record.content()),
				(record.ceased() != null) ? new CessationView(record.ceased().on(), record.ceased().reason().name())
						: null,
				record.transfers().stream().map(t -> TransferView.of(t, today)).toList(),
				record.amendments().stream().map(a -> AmendmentView.of(a, today)).toList(), attendance);
	}

	/** Sections A to K: B, E, F to H2 and I as data, the others as text. */
	record SectionsView(String primaryNeed, String secondaryNeed, String placementType, boolean specialistProvision,
			LocalDate bornOn, String locality, List<PlanContent.Outcome> outcomes, List<ProvisionView> provision,
			Map<String, String> summaries) {

		static SectionsView of(PlanContent content) {
			if (content == null) {
				return null;
			}
			Map<String, String> summaries = new TreeMap<>();
			content.summaries().forEach((section, text) -> summaries.put(section.name(), text));
			return new SectionsView(content.primaryNeed().name(),
					(content.secondaryNeed() != null) ? content.secondaryNeed().name() : null,
					content.placement().name(), content.placement().specialist(), content.bornOn(),
					(content.locality() != null) ? content.locality().name() : null, content.outcomes(),
					content.provision()
						.stream()
						.map(p -> new ProvisionView(p.section().name(), p.description(), p.hoursPerWeek()))
						.toList(),
					summaries);
		}

	}

	record ProvisionView(String section, String description, Double hoursPerWeek) {
	}

	record CessationView(LocalDate on, String reason) {
	}

	/** A transfer, with the new LA's notice due (IN) and whether it is late. */
	record TransferView(String direction, String otherLa, LocalDate movedOn,
			@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate noticeDue,
			@JsonInclude(JsonInclude.Include.NON_NULL) LocalDate noticeGivenOn, boolean breach) {

		static TransferView of(Transfer t, LocalDate today) {
			return new TransferView(t.direction().name(), t.otherLa(), t.movedOn(), t.noticeDue(), t.noticeGivenOn(),
					t.noticeBreach(today));
		}

	}

	/** An amendment on its own timeline: comments due in 15 days, the plan in 8 weeks. */
	record AmendmentView(int number, LocalDate proposedOn, String reviewId, String reason, LocalDate commentsDue,
			LocalDate commentsOn, LocalDate issueDue, LocalDate issuedOn, boolean breach, SectionsView proposed) {

		static AmendmentView of(Amendment a, LocalDate today) {
			return new AmendmentView(a.number(), a.proposedOn(), a.reviewId(), a.reason(), a.commentsDue(),
					a.commentsOn(), a.issueDue(), a.issuedOn(), a.breach(today), SectionsView.of(a.proposed()));
		}

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
