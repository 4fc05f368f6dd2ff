package uk.gov.dorsetcouncil.edu.pledge.workforce.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;
import uk.gov.dorsetcouncil.edu.pledge.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.pledge.workforce.MeasureFigure;
import uk.gov.dorsetcouncil.edu.pledge.workforce.StaffFigures;
import uk.gov.dorsetcouncil.edu.pledge.workforce.SubmissionInput;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceAccess;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceSubmission;

/**
 * Schools' workforce figures (ADR 0046): sent by each school for its own staff, as JSON
 * or CSV, with a receipt; the county's measures with small numbers hidden, and a school's
 * own beside them.
 */
@RestController
@Tag(name = "Workforce submissions",
		description = "Schools' aggregate workforce figures per term for the Workforce Pledge (never a person's): well-being survey, stress-related absence, TA induction, development and progression, recruitment and retention; the county's measures with small numbers hidden")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/pledges/workforce")
class WorkforceController {

	static final String CSV = "text/csv";

	/**
	 * A school's figures are a few hundred bytes; a CSV of every school a few hundred KB.
	 */
	static final int MOST_BYTES = 1 << 20;

	private final WorkforceReturns returns;

	WorkforceController(WorkforceReturns returns) {
		this.returns = returns;
	}

	record Receipt(String id, String school, String term, Instant receivedAt, @Schema(
			description = "SHA-256, in hex, of the school, the term and the figures accepted in a fixed order") String digest,
			String submittedBy,
			@Schema(description = "SCHOOL, or LOCAL_AUTHORITY when the LA's Workforce Pledge working group sent it on the school's behalf") String submittedFor,
			@Schema(description = "the submission this one replaces in the figures (kept in the history); null for the first") String replaces,
			String href) {

		static Receipt of(WorkforceSubmission s) {
			return new Receipt(s.id(), s.school(), s.term(), s.receivedAt(), s.digest(), s.submittedBy(),
					s.submittedFor(), s.replaces(), "/api/v1/pledges/workforce/submissions/" + s.id());
		}

	}

	record Receipts(List<Receipt> receipts) {
	}

	record SubmissionView(Receipt receipt, StaffFigures figures, @Schema(
			description = "the submission now in force, when this one has been replaced; null when it is in force") String replacedBy,
			@Schema(description = "every submission of the school for the term, oldest first") List<String> history) {
	}

	record TermView(String id, String title, String firstDay, String lastDay) {
	}

	record SchoolView(String school, String submission, Instant receivedAt, List<MeasureFigure> figures) {
	}

	record MeasuresView(TermView term, int schoolsSubmitted, int schoolsExpected, Instant asOf, String provenance,
			@Schema(description = "the county's figures; small numbers hidden (state SUPPRESSED, the GSS symbol c), and "
					+ "every figure while fewer than 3 schools have submitted") List<MeasureFigure> county,
			@Schema(description = "the school's own figures in full: for that school, and for the LA's Workforce Pledge "
					+ "working group with school=; null otherwise") SchoolView school) {
	}

	@Operation(summary = "Send a school's workforce figures for a term",
			description = "Scope pledges:write. A school sends for its own staff only (another school's URN is a 403 naming "
					+ "school); the LA's Workforce Pledge working group (role PLEDGE_WORKING_GROUP:WORKFORCE) may send on a "
					+ "school's behalf, recorded as such. JSON: one school's figures. CSV (text/csv, UTF-8): a header naming "
					+ "exactly these fields in any order, then one row a school. Numbers only besides the URN and the term: "
					+ "a field or column not listed is refused, so no free text (and no name) is taken. Whole numbers within "
					+ "bounds; parts never above their wholes (respondents and leavers within headcount, agreeing within "
					+ "respondents, TAs' parts within TAs, posts filled within vacancies, FTE within headcount, days lost "
					+ "within headcount times the term's weekdays); the term one the platform knows and begun. Every wrong "
					+ "field is named (for CSV rows[2].tasInducted: row and column) and nothing is stored. A later "
					+ "submission for the same school and term replaces the earlier one in the figures; both are kept. A "
					+ "retry with the same Idempotency-Key answers the first answer.")
	@RequestBody(required = true, content = {
			@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SubmissionInput.class)),
			@Content(mediaType = CSV, schema = @Schema(type = "string",
					example = "school,term,headcount,fte,respondents,agreeWellbeingGood,agreeSafeAndSupported,"
							+ "agreeSupportAccessible,agreeDevelopmentRelevant,agreeGrowthRecognised,stressDaysLost,"
							+ "tas,tasInducted,tasCompletedCpd,tasCareerProgressed,tasPayProgressed,vacancies,"
							+ "postsFilled,leavers\n991001,2026-27-AUTUMN,48,39.5,40,28,31,22,26,19,61,14,12,9,2,3,4,"
							+ "3,2\n")) })
	@ApiResponse(responseCode = "201", description = "Received: a receipt for each school's figures")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@PostMapping("/submissions")
	@IdempotentWrite
	ResponseEntity<Receipts> submit(Caller caller, HttpServletRequest request) {
		WorkforceAccess.checkMaySubmit(caller, "school", null);
		String contentType = (request.getContentType() != null) ? request.getContentType().toLowerCase(Locale.ROOT)
				: "";
		boolean csv = contentType.startsWith(CSV);
		if (!csv && !contentType.startsWith(MediaType.APPLICATION_JSON_VALUE)) {
			throw ProblemException.invalid("Content-Type",
					"is application/json or text/csv, not " + (contentType.isBlank() ? "absent" : "another type"));
		}
		byte[] body = read(request);
		List<WorkforceSubmission> received;
		if (csv) {
			SubmissionCsv.Read read = SubmissionCsv.read(body);
			received = this.returns.submitRows(caller, read.rows(), read.unread());
		}
		else {
			received = List.of(this.returns.submit(caller, StrictJson.read(body, SubmissionInput.class)));
		}
		ResponseEntity.BodyBuilder created = (received.size() == 1)
				? ResponseEntity.created(URI.create(Receipt.of(received.get(0)).href())) : ResponseEntity.status(201);
		return created.body(new Receipts(received.stream().map(Receipt::of).toList()));
	}

	@Operation(summary = "A workforce submission: its receipt and figures",
			description = "Scope pledges:read, and only the school it is for or the LA's Workforce Pledge working group; "
					+ "everybody else sees the county's figures only. Says whether a later submission replaced it.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/submissions/{id}")
	SubmissionView submission(Caller caller, @Parameter(
			description = "the receipt's id, for example 991001-2026-27-AUTUMN-000001") @PathVariable String id) {
		WorkforceReturns.Held held = this.returns.submission(caller, id);
		return new SubmissionView(Receipt.of(held.submission()), held.submission().figures(), held.replacedBy(),
				held.history());
	}

	@Operation(summary = "The workforce measures of a term",
			description = "Scope pledges:read. The county's figures from schools' latest submissions: each measure's rate "
					+ "with its numerator and denominator, how many schools submitted out of how many are asked, and the "
					+ "as-of time; small numbers hidden by the platform's rule (a count, or the rest of its whole, of 1 or 2; "
					+ "and every figure while 1 or 2 schools have submitted). A school sees its own figures in full beside "
					+ "the county's; the LA's Workforce Pledge working group may name a school; nobody else sees a school's.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/measures")
	MeasuresView measures(Caller caller,
			@Parameter(
					description = "the term, for example 2026-27-AUTUMN; the current term when absent") @RequestParam(
							required = false) String term,
			@Parameter(description = "a school's URN, for its own figures beside the county's: the school itself (its "
					+ "own by default) or the LA's Workforce Pledge working group") @RequestParam(
							required = false) String school) {
		WorkforceReturns.TermMeasures measures = this.returns.measures(caller, term, school);
		WorkforceReturns.SchoolMeasures own = measures.school();
		return new MeasuresView(
				new TermView(measures.term().id(), measures.term().title(), measures.term().firstDay().toString(),
						measures.term().lastDay().toString()),
				measures.schoolsSubmitted(), measures.schoolsExpected(), measures.asOf(), measures.provenance(),
				measures.county(),
				(own != null) ? new SchoolView(own.school(), own.submission(), own.receivedAt(), own.figures()) : null);
	}

	private static byte[] read(HttpServletRequest request) {
		if (request.getContentLengthLong() > MOST_BYTES) {
			throw ProblemException.invalid("body", "is at most " + MOST_BYTES + " bytes");
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MOST_BYTES + 1);
			if (body.length > MOST_BYTES) {
				throw ProblemException.invalid("body", "is at most " + MOST_BYTES + " bytes");
			}
			return body;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
