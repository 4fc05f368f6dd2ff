package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.alerts.Alert;
import uk.gov.dorsetcouncil.edu.attendance.alerts.NeedsHelpNow;
import uk.gov.dorsetcouncil.edu.attendance.alerts.ListedAsOf;
import uk.gov.dorsetcouncil.edu.attendance.alerts.TransitionWatch;
import uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageEnvelope;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/** The children who need help now, and the Year 6 to Year 7 transition watch list. */
@RestController
@Tag(name = "Alerts", description = "The children who need help now, and the Year 6 to Year 7 transition watch list")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/alerts")
class AlertController {

	private final NeedsHelpNow needsHelpNow;

	AlertController(NeedsHelpNow needsHelpNow) {
		this.needsHelpNow = needsHelpNow;
	}

	record AlertView(String type, String urn, String upn, String pupilName, int yearGroup, String since,
			String reason) implements ReleasedChild {

		static AlertView of(Alert alert) {
			return new AlertView(alert.type().name(), alert.urn(), alert.upn().value(), alert.pupilName(),
					alert.yearGroup(), (alert.since() != null) ? alert.since().toString() : null, alert.reason());
		}

	}

	record AlertPage(String basis, String asOf, @JsonUnwrapped Page<AlertView> contents) implements PageEnvelope {
	}

	@Schema(name = "TransitionFigures")
	record FiguresView(int possibleSessions, int absentSessions, double overallAbsencePercent,
			boolean persistentlyAbsent, boolean severelyAbsent) {

		static FiguresView of(AttendanceFigures figures) {
			return new FiguresView(figures.counts().possible(), figures.counts().absent(),
					figures.overallAbsencePercent(), figures.persistentlyAbsent(), figures.severelyAbsent());
		}

	}

	record TransitionView(String reason, String urn, String upn, String pupilName, int yearGroup, FiguresView thisYear,
			FiguresView lastYear, String why) implements ReleasedChild {

		static TransitionView of(TransitionWatch.Entry entry) {
			return new TransitionView(entry.reason().name(), entry.urn(), entry.upn().value(), entry.pupilName(),
					entry.yearGroup(), FiguresView.of(entry.thisYear()),
					entry.lastYear().map(FiguresView::of).orElse(null), entry.why());
		}

	}

	record TransitionPage(String basis, String asOf,
			@JsonUnwrapped Page<TransitionView> contents) implements PageEnvelope {
	}

	@Operation(summary = "The children who need help now",
			description = "Scope attendance:read; a school only its own, a locality officer their locality (the default) or one of its schools, the LA the county or one school. Academic year to date as of today (ADR 0009).")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping
	AlertPage alerts(Caller caller,
			@Parameter(description = "only this school's pupils (URN)") @RequestParam(required = false) String school,
			@Parameter(description = "only this alert type, e.g. PERSISTENT_ABSENCE or SEVERE_ABSENCE") @RequestParam(
					required = false) String type,
			PageRequest page) {
		ListedAsOf<Alert> found = this.needsHelpNow.alerts(caller, school, type, page);
		return new AlertPage("academic year to date", found.asOf().toString(), found.page().map(AlertView::of));
	}

	@Operation(summary = "The transition watch list",
			description = "Scope attendance:read, as for alerts. Year 6 pupils persistently absent; Year 7 pupils whose absence rose since Year 6.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/transition")
	TransitionPage transition(Caller caller,
			@Parameter(description = "only this school's pupils (URN)") @RequestParam(required = false) String school,
			PageRequest page) {
		ListedAsOf<TransitionWatch.Entry> found = this.needsHelpNow.transition(caller, school, page);
		return new TransitionPage("academic year to date; last year in full", found.asOf().toString(),
				found.page().map(TransitionView::of));
	}

}
