package uk.gov.dorsetcouncil.edu.attendance.connector.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync.Report;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync.SchoolStatus;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** On-demand connector runs and every school's feed status, for LA officers. */
@RestController
@Tag(name = "Connector", description = "On-demand MIS connector runs and each school's feed status, for LA officers")
@ApiResponse(responseCode = "200", description = "OK")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/connector")
class ConnectorController {

	private final SchoolSync sync;

	ConnectorController(SchoolSync sync) {
		this.sync = sync;
	}

	record ProblemView(String record, String reason) {

		static List<ProblemView> of(List<RecordProblem> problems) {
			return problems.stream().map((problem) -> new ProblemView(problem.record(), problem.reason())).toList();
		}

	}

	record ReportView(String urn, String outcome, String message, String startedAt, String changedSince,
			int pupilsReceived, int pupilsStored, int registersReceived, int registersStored,
			List<ProblemView> problems) {
	}

	record SchoolStatusView(String urn, String lastDataArrivedAt, String lastAttemptAt, String lastOutcome,
			String lastMessage, List<ProblemView> problems, boolean stale) {

		static SchoolStatusView of(SchoolStatus status) {
			return new SchoolStatusView(status.urn(), text(status.lastDataArrivedAt()), text(status.lastAttemptAt()),
					(status.lastOutcome() != null) ? status.lastOutcome().name() : null, status.lastMessage(),
					ProblemView.of(status.problems()), status.stale());
		}

	}

	record StatusView(String asOf, String staleAfter, long staleSchools, List<SchoolStatusView> schools) {
	}

	@Operation(summary = "Run a school's feed now",
			description = "Scope schools:write, the LA only. Outcomes SUCCEEDED, PARTLY_STORED, REJECTED (malformed: nothing stored), FAILED, CIRCUIT_OPEN; 404 for a school with no connector, 409 while a run is under way.")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@PostMapping("/schools/{urn}/sync")
	ReportView sync(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn) {
		Report report = this.sync.syncNow(caller, urn);
		return new ReportView(report.urn(), report.outcome().name(), report.message(), text(report.startedAt()),
				text(report.changedSince()), report.pupilsReceived(), report.pupilsStored(), report.registersReceived(),
				report.registersStored(), ProblemView.of(report.problems()));
	}

	@Operation(summary = "Each configured school's feed status",
			description = "Scope attendance:read, the LA only; when data last arrived, the last attempt and its outcome, and whether the feed is stale.")
	@GetMapping("/status")
	StatusView status(Caller caller) {
		SchoolSync.Status status = this.sync.status(caller);
		return new StatusView(status.asOf().toString(), status.staleAfter().toString(), status.staleSchools(),
				status.schools().stream().map(SchoolStatusView::of).toList());
	}

	private static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
