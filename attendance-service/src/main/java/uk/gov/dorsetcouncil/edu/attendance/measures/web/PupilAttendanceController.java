package uk.gov.dorsetcouncil.edu.attendance.measures.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceQuery;
import uk.gov.dorsetcouncil.edu.attendance.measures.PupilAttendanceSummary;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * A pupil's attendance summary, in the shape of the gRPC {@code PupilAttendanceSummary}.
 */
@RestController
@Tag(name = "Pupil attendance", description = "A pupil's attendance across the schools they were on the roll of")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/pupils")
class PupilAttendanceController {

	private final PupilAttendanceQuery query;

	PupilAttendanceController(PupilAttendanceQuery query) {
		this.query = query;
	}

	record FiguresView(int possibleSessions, int presentSessions, int approvedEducationalActivitySessions,
			int authorisedAbsenceSessions, int unauthorisedAbsenceSessions, double attendancePercent,
			double overallAbsencePercent, double authorisedAbsencePercent, double unauthorisedAbsencePercent,
			boolean persistentlyAbsent, boolean severelyAbsent, Map<String, Integer> sessionsByCode) {

		static FiguresView of(AttendanceFigures figures) {
			Map<String, Integer> byCode = new LinkedHashMap<>();
			figures.byCode().forEach((code, sessions) -> byCode.put(code.symbol(), sessions));
			return new FiguresView(figures.counts().possible(), figures.counts().present(),
					figures.counts().approvedEducationalActivity(), figures.counts().authorised(),
					figures.counts().unauthorised(), figures.attendancePercent(), figures.overallAbsencePercent(),
					figures.authorisedAbsencePercent(), figures.unauthorisedAbsencePercent(),
					figures.persistentlyAbsent(), figures.severelyAbsent(), byCode);
		}

	}

	record EnrolmentView(String schoolUrn, String schoolName,
			@Schema(format = "date", example = "2022-09-05") String admissionDate,
			@Schema(format = "date", example = "2027-07-21") String leavingDate, FiguresView figures) {
	}

	record SummaryView(String upn, String basis, @Schema(format = "date", example = "2026-09-03") String fromDate,
			@Schema(format = "date", example = "2026-12-04") String toDate, String asOf, FiguresView combined,
			List<EnrolmentView> enrolments) {
	}

	@Operation(summary = "A pupil's attendance summary",
			description = "Scope attendance:read; a school only for a pupil on its roll in the period, a locality officer for a pupil on the roll of one of the locality's schools in the period. Combined figures and one set per enrolment, as the gRPC PupilAttendanceSummary.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{upn}/attendance")
	SummaryView summary(Caller caller,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn,
			@Parameter(
					description = "first day, yyyy-MM-dd; default the start of the academic year (1 August)") @RequestParam(
							required = false) String from,
			@Parameter(description = "last day, yyyy-MM-dd; default today") @RequestParam(required = false) String to) {
		PupilAttendanceSummary summary = this.query.summary(caller, upn, from, to);
		return new SummaryView(summary.upn().value(), summary.basis().label(), summary.fromDate().toString(),
				summary.toDate().toString(), summary.asOf().toString(), FiguresView.of(summary.combined()),
				summary.enrolments()
					.stream()
					.map((enrolment) -> new EnrolmentView(enrolment.schoolUrn(), enrolment.schoolName(),
							enrolment.admissionDate().toString(),
							(enrolment.leavingDate() != null) ? enrolment.leavingDate().toString() : null,
							FiguresView.of(enrolment.figures())))
					.toList());
	}

}
