package uk.gov.dorsetcouncil.edu.attendance.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJob;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJobs.RejectionPage;
import uk.gov.dorsetcouncil.edu.attendance.ingest.MarkRow;
import uk.gov.dorsetcouncil.edu.attendance.ingest.Rejection;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Bulk imports of registers as JSON or CSV, run as jobs: {@code POST} answers 202 with
 * the job's address, {@code GET} shows its progress and rejected rows. The body is read
 * and parsed before the job is accepted, so an unreadable file (413 too large, 400
 * malformed, with the row) never becomes a job; rows that are well formed but wrong are
 * rejected one by one by the job.
 */
@RestController
@Tag(name = "Imports", description = "Bulk imports of registers as CSV or JSON, run as jobs")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/imports")
class ImportController {

	static final String CSV = "text/csv";

	static final List<String> CSV_COLUMNS = List.of("urn", "upn", "date", "session", "code");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int REJECTIONS_SHOWN = 100;

	private final ImportJobs jobs;

	private final long maxBytes;

	private final int maxRows;

	ImportController(ImportJobs jobs, @Value("${dorset.attendance.import.max-bytes:16777216}") long maxBytes,
			@Value("${dorset.attendance.import.max-rows:400000}") int maxRows) {
		this.jobs = jobs;
		this.maxBytes = maxBytes;
		this.maxRows = maxRows;
	}

	@Schema(name = "ImportMark")
	record MarkBody(String upn, String code) {
	}

	@Schema(name = "ImportRegister")
	record RegisterBody(String urn, @Schema(format = "date", example = "2026-12-07") String date, String session,
			List<MarkBody> marks) {
	}

	@Schema(name = "ImportBody")
	record ImportBody(List<RegisterBody> registers) {
	}

	record RejectionView(long row, String field, String reason) {

		static RejectionView of(Rejection rejection) {
			return new RejectionView(rejection.row(), rejection.field(), rejection.reason());
		}

	}

	record JobView(String id, String status, String source, String submittedBy, String submittedAt, String finishedAt,
			long rowsRead, long rowsStored, long marksChanged, long rowsRejected, String detail,
			List<RejectionView> rejections, String rejectionsHref) {

		static JobView of(ImportJob job, List<Rejection> rejections) {
			return new JobView(job.id(), job.status().name(), job.source().name(), job.submittedBy(),
					job.submittedAt().toString(), (job.finishedAt() != null) ? job.finishedAt().toString() : null,
					job.rowsRead(), job.rowsStored(), job.marksChanged(), job.rowsRejected(), job.detail(),
					rejections.stream().map(RejectionView::of).toList(),
					"/api/v1/attendance/imports/" + job.id() + "/rejections");
		}

	}

	@Operation(summary = "Submit an import",
			description = "Scope registers:write; a school only its own rows. CSV (header urn,upn,date,session,code in any order) or JSON. Well-formed rows that are wrong are rejected one by one by the job; an unreadable body never becomes a job. With an Idempotency-Key, a retry of the same import gets the first 202 and its job again; the same key with another import is a 409.")
	@RequestBody(required = true,
			content = { @Content(mediaType = CSV, schema = @Schema(type = "string")),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ImportBody.class)) })
	@ApiResponse(responseCode = "202", description = "Accepted; Location names the job",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = JobView.class)))
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "413", ref = OpenApiConfiguration.TOO_LARGE)
	@PostMapping
	@IdempotentWrite
	ResponseEntity<JobView> submit(Caller caller, HttpServletRequest request) {
		this.jobs.requireImporter(caller);
		String contentType = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT)
				: "";
		boolean csv = contentType.startsWith(CSV);
		if (!csv && !contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			throw ProblemException.invalid("Content-Type",
					"send text/csv or application/json, not '" + contentType + "'");
		}
		byte[] body = read(request);
		List<MarkRow> rows = csv ? csvRows(body) : jsonRows(body);
		if (rows.isEmpty()) {
			throw ProblemException.invalid("body", "an import has at least one row");
		}
		if (rows.size() > this.maxRows) {
			throw new TooLarge("an import has at most " + this.maxRows
					+ " rows; send more through the gRPC stream or in several imports");
		}
		ImportJob job = this.jobs.submit(caller, csv ? ImportJob.Source.CSV : ImportJob.Source.JSON, rows);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/attendance/imports/" + job.id()))
			.body(JobView.of(job, List.of()));
	}

	@Operation(summary = "An import job's progress",
			description = "Scope registers:write or attendance:read; the organisation that sent it, or the LA. Shows the first 100 rejected rows.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{id}")
	JobView get(Caller caller, @Parameter(description = "the job's id") @PathVariable String id) {
		RejectionPage first = this.jobs.rejections(caller, id, new PageRequest(0, REJECTIONS_SHOWN, List.of()));
		return JobView.of(first.job(), first.rejections().items());
	}

	@Operation(summary = "Every rejected row of an import, a page at a time",
			description = "As for the job; kept up to 100,000 rows per job.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{id}/rejections")
	Page<RejectionView> rejections(Caller caller, @Parameter(description = "the job's id") @PathVariable String id,
			PageRequest page) {
		return this.jobs.rejections(caller, id, page).rejections().map(RejectionView::of);
	}

	@ExceptionHandler(TooLarge.class)
	ResponseEntity<ProblemDetail> tooLarge(TooLarge ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
		body.setTitle("Payload too large");
		body.setType(URI.create("/problems/payload-too-large"));
		body.setProperty("errors", List.of(Map.of("field", "body", "detail", ex.getMessage())));
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(body);
	}

	private byte[] read(HttpServletRequest request) {
		String tooLarge = "an import body has at most " + this.maxBytes + " bytes";
		if (request.getContentLengthLong() > this.maxBytes) {
			throw new TooLarge(tooLarge);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (body.length > this.maxBytes) {
				throw new TooLarge(tooLarge);
			}
			return body;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One row per pupil-session with a header naming urn, upn, date, session and code in
	 * any order. Row numbers count data rows from 1 (the header is not a row).
	 */
	static List<MarkRow> csvRows(byte[] body) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<MarkRow> rows = new ArrayList<>();
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			List<String> columns = parser.getHeaderNames();
			for (int column = 0; column < columns.size(); column++) {
				if (header.putIfAbsent(columns.get(column), column) != null) {
					// Which of the two was meant cannot be known.
					throw ProblemException.invalid("header", "the column '" + columns.get(column) + "' is named twice");
				}
			}
			List<String> missing = CSV_COLUMNS.stream().filter((column) -> !header.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				throw ProblemException.invalid("header",
						"the first line names the columns urn,upn,date,session,code; missing " + missing);
			}
			long row = 0;
			for (CSVRecord record : parser) {
				row++;
				if (record.size() != columns.size()) {
					throw ProblemException.invalid("row " + row,
							"row " + row + " (line " + parser.getCurrentLineNumber() + ") has " + record.size()
									+ " cells; the header has " + columns.size());
				}
				rows.add(new MarkRow(row, record.get(header.get("urn")), record.get(header.get("upn")),
						record.get(header.get("date")), record.get(header.get("session")),
						record.get(header.get("code"))));
			}
			return rows;
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | IOException ex) {
			if (ex instanceof ProblemException problem) {
				throw problem;
			}
			long row = rows.size() + 1;
			throw ProblemException.invalid("row " + row, "the CSV cannot be read at row " + row + ": "
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
		}
	}

	/**
	 * {@code {"registers":[{"urn","date","session","marks":[{"upn","code"}]}]}}; rows are
	 * the marks numbered from 1 in file order.
	 */
	static List<MarkRow> jsonRows(byte[] body) {
		ImportBody parsed;
		try {
			parsed = JSON.readValue(body, ImportBody.class);
		}
		catch (JacksonException ex) {
			throw ProblemException.invalid("body", "the JSON cannot be read: "
					+ String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""));
		}
		List<MarkRow> rows = new ArrayList<>();
		if (parsed == null || parsed.registers() == null) {
			return rows;
		}
		long row = 0;
		for (RegisterBody register : parsed.registers()) {
			if (register == null || register.marks() == null) {
				continue;
			}
			for (MarkBody mark : register.marks()) {
				row++;
				rows.add(new MarkRow(row, register.urn(), (mark != null) ? mark.upn() : null, register.date(),
						register.session(), (mark != null) ? mark.code() : null));
			}
		}
		return rows;
	}

	/** The body, or its row count, is over the import limits: 413. */
	static final class TooLarge extends RuntimeException {

		TooLarge(String message) {
			super(message);
		}

	}

}
