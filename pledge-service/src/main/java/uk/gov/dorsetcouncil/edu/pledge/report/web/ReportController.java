package uk.gov.dorsetcouncil.edu.pledge.report.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.pledge.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.pledge.report.BoardMeeting;
import uk.gov.dorsetcouncil.edu.pledge.report.OverrideInput;
import uk.gov.dorsetcouncil.edu.pledge.report.Reporting;
import uk.gov.dorsetcouncil.edu.pledge.report.StakeholderUpdate;

/** The Education Board's reports on the pledges. */
@RestController
@Tag(name = "Board reports",
		description = "The pledges' report to each meeting of the Dorset Education Board: every commitment's red, amber or green status derived from its measures against targets by rules held as data, an officer's override with its reason, and the change since the previous report; kept as made")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/pledges/reports")
class ReportController {

	static final String TEXT_CSV = "text/csv";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Reporting reporting;

	ReportController(Reporting reporting) {
		this.reporting = reporting;
	}

	record ProduceBody(@Schema(description = "the date of a meeting of the Education Board", format = "date",
			example = "2026-11-26") String meeting) {
	}

	record ReportSummary(String meeting, String title, long version, String asOf) {
	}

	@Operation(summary = "The meetings of the Education Board",
			description = "Scope pledges:read. The meetings a report can be made for, from the Board's calendar held as data.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/meetings")
	List<BoardMeeting> meetings(Caller caller) {
		return this.reporting.meetings(caller);
	}

	@Operation(summary = "The reports made", description = "Scope pledges:read. Every report made, by meeting.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping
	List<ReportSummary> reports(Caller caller) {
		return this.reporting.reports(caller)
			.stream()
			.map(r -> new ReportSummary(r.meeting().toString(), r.title(), r.version(), r.asOf().toString()))
			.toList();
	}

	@Operation(summary = "Make the report for a meeting of the Education Board",
			description = "Scope pledges:report (the Education Board analyst). Every commitment of both pledges as it stands "
					+ "now, each measure read (platform figures asked of their service now, with provenance; recorded "
					+ "values with who, when and evidence), each status derived by the rules and compared with the report "
					+ "to the previous meeting. Kept as made: reading it later gives the same report. A meeting the Board "
					+ "does not hold is a 400 naming meeting; a meeting that has its report is a 409.")
	@ApiResponse(responseCode = "201", description = "Made")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@PostMapping
	ResponseEntity<ReportView> produce(Caller caller, @RequestBody ProduceBody body) {
		ReportView report = ReportView.of(this.reporting.produce(caller, (body != null) ? body.meeting() : null));
		return ResponseEntity.created(URI.create("/api/v1/pledges/reports/" + report.meeting())).body(report);
	}

	@Operation(summary = "Read a meeting's report",
			description = "Scope pledges:read. The report as it was made, with the overrides given since: as JSON, as "
					+ "one HTML page (Accept: text/html), as that page in PDF (Accept: application/pdf) or as CSV, one "
					+ "row per measure (Accept: text/csv); every figure with its source and as-of time. PDF and CSV "
					+ "come as a download named after the meeting.")
	@ApiResponse(responseCode = "200", description = "OK", content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportView.class)),
			@Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
			@Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping(path = "/{meeting}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReportView report(Caller caller,
			@Parameter(description = "the meeting's date, for example 2026-11-26") @PathVariable String meeting) {
		return ReportView.of(this.reporting.report(caller, meeting));
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}", produces = MediaType.TEXT_HTML_VALUE)
	String html(Caller caller, @PathVariable String meeting) {
		return ReportHtml.of(ReportView.of(this.reporting.report(caller, meeting)));
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(Caller caller, @PathVariable String meeting) {
		ReportView report = ReportView.of(this.reporting.report(caller, meeting));
		return download(Pdf.of(ReportHtml.of(report)), MediaType.APPLICATION_PDF,
				"pledges-board-report-" + report.meeting() + ".pdf");
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}", produces = TEXT_CSV)
	ResponseEntity<byte[]> csv(Caller caller, @PathVariable String meeting) {
		ReportView report = ReportView.of(this.reporting.report(caller, meeting));
		return download(ReportCsv.report(report).getBytes(StandardCharsets.UTF_8), CSV,
				"pledges-board-report-" + report.meeting() + ".csv");
	}

	@Operation(summary = "The summer-term update to stakeholders",
			description = "Scope pledges:read. The pledges in plain language for children and young people, parents and "
					+ "staff, made from the report to the summer term's Board meeting (so the analyst who makes that "
					+ "report makes the update): what was promised, how it is going, each figure in words with its aim "
					+ "and as-of time, what has been done and what comes next. As JSON, as one HTML page "
					+ "(Accept: text/html), as PDF (Accept: application/pdf) or as CSV (Accept: text/csv). A meeting of "
					+ "another term is a 400 naming meeting; a meeting without its report is a 404.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = StakeholderUpdate.class)),
					@Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
							schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping(path = "/{meeting}/stakeholder-update", produces = MediaType.APPLICATION_JSON_VALUE)
	StakeholderUpdate stakeholderUpdate(Caller caller, @Parameter(
			description = "the summer term meeting's date, for example 2026-07-09") @PathVariable String meeting) {
		return this.reporting.stakeholderUpdate(caller, meeting);
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}/stakeholder-update", produces = MediaType.TEXT_HTML_VALUE)
	String stakeholderUpdateHtml(Caller caller, @PathVariable String meeting) {
		return UpdateHtml.of(this.reporting.stakeholderUpdate(caller, meeting));
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}/stakeholder-update", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> stakeholderUpdatePdf(Caller caller, @PathVariable String meeting) {
		StakeholderUpdate update = this.reporting.stakeholderUpdate(caller, meeting);
		return download(Pdf.of(UpdateHtml.of(update)), MediaType.APPLICATION_PDF,
				"pledges-stakeholder-update-" + update.meeting() + ".pdf");
	}

	@Operation(hidden = true)
	@GetMapping(path = "/{meeting}/stakeholder-update", produces = TEXT_CSV)
	ResponseEntity<byte[]> stakeholderUpdateCsv(Caller caller, @PathVariable String meeting) {
		StakeholderUpdate update = this.reporting.stakeholderUpdate(caller, meeting);
		return download(ReportCsv.update(update).getBytes(StandardCharsets.UTF_8), CSV,
				"pledges-stakeholder-update-" + update.meeting() + ".csv");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

	@Operation(summary = "Override a commitment's status in a report",
			description = "Scope pledges:report. An officer's GREEN, AMBER or RED in place of the derived status, with the "
					+ "reason (required); who and when are taken from the call. The derived status stays beside it.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@PutMapping("/{meeting}/overrides/{key}")
	ReportView override(Caller caller,
			@Parameter(description = "the meeting's date, for example 2026-11-26") @PathVariable String meeting,
			@Parameter(description = "the commitment's key, for example STUDENT-6") @PathVariable String key,
			@RequestBody OverrideInput body) {
		return ReportView.of(this.reporting.override(caller, meeting, key, body));
	}

}
