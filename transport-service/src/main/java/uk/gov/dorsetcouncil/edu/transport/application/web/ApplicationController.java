package uk.gov.dorsetcouncil.edu.transport.application.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;
import uk.gov.dorsetcouncil.edu.transport.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.transport.application.Application;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationHandling;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationRequests;
import uk.gov.dorsetcouncil.edu.transport.application.DecisionLetter;

/**
 * Applications for home-to-school travel, their decisions and the family's two-stage
 * appeal, recorded and decided by the local authority's transport officers; read by the
 * local authority and the school travelled to; each decision also a letter the family can
 * read.
 */
@RestController
@Tag(name = "Applications",
		description = "Applications for travel (compulsory school age, post-16, SEN), decisions with reasons and overrides, decision letters, and the two-stage appeal (ADR 0038)")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/transport")
class ApplicationController {

	static final String APPLICATION_ID = "the application's id: the pupil's UPN, '-T' and a number";

	private final ApplicationHandling handling;

	private final LetterPages pages = new LetterPages();

	ApplicationController(ApplicationHandling handling) {
		this.handling = handling;
	}

	@Schema(description = "An application as the officer records it from the family")
	record ApplicationBody(@Schema(description = "the child's UPN", example = "A838200125001") String upn,
			@Schema(description = "the school or college travelled to", example = "990001") String schoolUrn,
			@Schema(description = "what is applied for", allowableValues = {
					"HOME_TO_SCHOOL", "POST_16", "SEN" }) String kind,
			@Schema(description = "when the application was received; today when absent", format = "date",
					example = "2026-11-02") String receivedOn,
			@Schema(description = "the learner's date of birth (POST_16 and SEN)", format = "date",
					example = "2009-03-01") String dateOfBirth,
			@Schema(description = "HOME_TO_SCHOOL: the eligibility assessment it rests on",
					example = "A838200125001-1") String eligibilityDecisionId,
			@Schema(description = "what the family or a professional gave (required for POST_16 and SEN)") List<EvidenceBody> evidence){

		ApplicationRequests.Submit request() {
			return new ApplicationRequests.Submit(this.upn, this.schoolUrn, this.kind, this.receivedOn,
					this.dateOfBirth, this.eligibilityDecisionId,
					(this.evidence == null) ? null
							: this.evidence.stream()
								.map(e -> (e == null) ? null
										: new ApplicationRequests.EvidenceItem(e.kind(), e.reference(), e.receivedOn()))
								.toList());
		}

	}

	record EvidenceBody(@Schema(description = "what it is", example = "EHC plan") String kind,
			@Schema(description = "where it is held or who gave it",
					example = "SEND team, 2026-10-01") String reference,
			@Schema(description = "when received; today when absent", format = "date",
					example = "2026-10-30") String receivedOn) {
	}

	@Schema(description = "The officer's decision")
	record DecisionBody(@Schema(
			description = "AWARDED or REFUSED; the assessed outcome when absent (HOME_TO_SCHOOL), required otherwise",
			allowableValues = {
					"AWARDED", "REFUSED" }) String outcome,
			@Schema(description = "the reasons, as the family will read them") String reasons,
			@Schema(description = "why travel is awarded although the rules did not give it (a discretionary award)") String overrideReason,
			@Schema(description = "today when absent", format = "date", example = "2026-11-02") String decidedOn){
	}

	@Schema(description = "A family's request for a stage 1 review or a stage 2 panel")
	record AppealBody(
			@Schema(description = "the application appealed", example = "A838200125001-T1") String applicationId,
			@Schema(description = "1 (review by a senior officer) or 2 (independent panel)") Integer stage,
			@Schema(description = "when the family's request was received; today when absent", format = "date",
					example = "2026-11-03") String receivedOn,
			@Schema(description = "why the family disagrees") String grounds) {
	}

	@Schema(description = "The answer to an appeal stage")
	record AnswerBody(
			@Schema(description = "CONFIRMED (the decision stands) or CHANGED (travel is awarded)", allowableValues = {
					"CONFIRMED", "CHANGED" }) String outcome,
			@Schema(description = "today when absent", format = "date", example = "2026-11-20") String decidedOn,
			String reasons){
	}

	record DecisionView(String outcome,
			@Schema(description = "what the rules gave, or null where the officer decides") String assessed,
			@Schema(description = "the rule or policy that decided") String basis, String reasons,
			@Schema(description = "why the officer departed from the assessment, or null") String overrideReason,
			@Schema(format = "date") LocalDate decidedOn, @Schema(format = "date") LocalDate validUntil,
			String decidedBy) {

		static DecisionView of(Application.Ruling r) {
			return (r == null) ? null
					: new DecisionView(r.outcome().name(), (r.assessed() != null) ? r.assessed().name() : null,
							r.basis(), r.reasons(), r.overrideReason(), r.decidedOn(), r.validUntil(), r.decidedBy());
		}

	}

	record AppealView(String id, int stage, @Schema(format = "date") LocalDate receivedOn, String grounds,
			@Schema(description = "the last working day the council has to answer", format = "date") LocalDate dueOn,
			@Schema(description = "CONFIRMED or CHANGED, null while open") String outcome,
			@Schema(format = "date") LocalDate decidedOn, String reasons) {

		static AppealView of(Application.Appeal a) {
			Application.Result r = a.result();
			return new AppealView(a.id(), a.stage(), a.receivedOn(), a.grounds(), a.dueOn(),
					(r != null) ? r.outcome().name() : null, (r != null) ? r.decidedOn() : null,
					(r != null) ? r.reasons() : null);
		}

	}

	record EvidenceView(String kind, String reference, @Schema(format = "date") LocalDate receivedOn) {
	}

	record ApplicationView(@Schema(description = "the pupil's UPN, '-T' and a number") String id, String upn,
			String schoolUrn, String kind,
			@Schema(description = "SUBMITTED, AWARDED, REFUSED, STAGE_1_REVIEW or STAGE_2_PANEL") String status,
			@Schema(format = "date") LocalDate receivedOn, String eligibilityDecisionId, List<EvidenceView> evidence,
			DecisionView decision, List<AppealView> appeals,
			@Schema(description = "the letter the family receives, as data; null before a decision") DecisionLetter letter,
			String recordedBy, @Schema(format = "date-time") Instant recordedAt) implements ReleasedChild {

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilApplicationsView(String upn, List<ApplicationView> applications) {
	}

	private ApplicationView view(Application a) {
		return new ApplicationView(a.id(), a.upn(), a.schoolUrn(), a.kind().name(), a.status().name(), a.receivedOn(),
				a.eligibilityDecisionId(),
				a.evidence().stream().map(e -> new EvidenceView(e.kind(), e.reference(), e.receivedOn())).toList(),
				DecisionView.of(a.decision()), a.appeals().stream().map(AppealView::of).toList(), letter(a),
				a.recordedBy(), a.recordedAt());
	}

	private DecisionLetter letter(Application a) {
		return DecisionLetter.of(a, this.handling.schoolName(a.schoolUrn()).orElse("school " + a.schoolUrn()));
	}

	@Operation(summary = "Record an application for travel",
			description = "Scope transport:write; the local authority only. HOME_TO_SCHOOL rests on an eligibility assessment of the same child and school that is not PENDING; POST_16 (aged 16 to 18) and SEN (16 to 25, with a final EHC plan from send-service) need the date of birth and evidence. Refused with a problem naming the field, nothing stored. A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Recorded, SUBMITTED")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/applications")
	@IdempotentWrite
	ResponseEntity<ApplicationView> submit(Caller caller, @RequestBody ApplicationBody body) {
		Application application = this.handling.submit(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/transport/applications/" + application.id()))
			.body(view(application));
	}

	@Operation(summary = "Decide an application",
			description = "Scope transport:write. HOME_TO_SCHOOL follows the eligibility assessment unless the officer awards travel the rules did not give, with an overrideReason (a discretionary award); refusing an eligible child is refused (s508B is a duty). POST_16 and SEN need the officer's outcome. The answer carries the letter; the page the family reads is at .../letter.")
	@ApiResponse(responseCode = "200", description = "Decided")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/applications/{id}/decision")
	@IdempotentWrite
	ApplicationView decide(Caller caller, @Parameter(description = APPLICATION_ID) @PathVariable String id,
			@RequestBody DecisionBody body) {
		return view(this.handling.decide(caller, id, new ApplicationRequests.Decide(body.outcome(), body.reasons(),
				body.overrideReason(), body.decidedOn())));
	}

	@Operation(summary = "Record a family's appeal (stage 1 review or stage 2 panel)",
			description = "Scope transport:write. Stage 1 within 20 working days of the decision, answered within 20 working days; stage 2 within 20 working days of a stage 1 answer that confirmed the decision, answered within 40 working days (working days: weekends and England and Wales bank holidays excluded). An appeal before a decision is refused naming applicationId. Each open stage appears in the deadlines view.")
	@ApiResponse(responseCode = "201", description = "Recorded; the application is in STAGE_1_REVIEW or STAGE_2_PANEL")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/appeals")
	@IdempotentWrite
	ResponseEntity<ApplicationView> appeal(Caller caller, @RequestBody AppealBody body) {
		Application application = this.handling.appeal(caller,
				new ApplicationRequests.Appeal(body.applicationId(), body.stage(), body.receivedOn(), body.grounds()));
		String id = application.appeals().get(application.appeals().size() - 1).id();
		return ResponseEntity.created(URI.create("/api/v1/transport/appeals/" + id)).body(view(application));
	}

	@Operation(summary = "Answer an appeal stage",
			description = "Scope transport:write. CONFIRMED keeps the decision; CHANGED awards travel. The letter then tells the family the answer and, after stage 1, how to go to stage 2.")
	@ApiResponse(responseCode = "200", description = "Answered")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/appeals/{id}/outcome")
	@IdempotentWrite
	ApplicationView answer(Caller caller,
			@Parameter(
					description = "the appeal's id: the application's id, '-A' and the stage") @PathVariable String id,
			@RequestBody AnswerBody body) {
		return view(this.handling.answer(caller, id,
				new ApplicationRequests.Answer(body.outcome(), body.decidedOn(), body.reasons())));
	}

	@Operation(summary = "Read an application",
			description = "Scope transport:read; the local authority any, a school those about travel to it (another school's is a 404).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/applications/{id}")
	ApplicationView get(Caller caller, @Parameter(description = APPLICATION_ID) @PathVariable String id) {
		return view(this.handling.find(caller, id));
	}

	@Operation(summary = "The decision letter the family receives",
			description = "Scope transport:read, as reading the application. The letter as data (the application's `letter`), or as one HTML page the family can read (Accept: text/html), rendered from the same data with every value escaped. 404 before a decision.")
	@ApiResponse(responseCode = "200", description = "The letter",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DecisionLetter.class)),
					@Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping(path = "/applications/{id}/letter", produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionLetter letter(Caller caller, @Parameter(description = APPLICATION_ID) @PathVariable String id) {
		return decidedLetter(caller, id);
	}

	@Operation(hidden = true)
	@GetMapping(path = "/applications/{id}/letter", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> letterPage(Caller caller, @PathVariable String id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.pages.render(decidedLetter(caller, id)));
	}

	private DecisionLetter decidedLetter(Caller caller, String id) {
		DecisionLetter letter = letter(this.handling.find(caller, id));
		if (letter == null) {
			throw ProblemException.notFound("application " + id + " has no decision yet, so no letter");
		}
		return letter;
	}

	@Operation(summary = "A pupil's applications",
			description = "Scope transport:read; the local authority every application, a school those about travel to it. Oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/applications/pupils/{upn}")
	PupilApplicationsView ofPupil(Caller caller, @Parameter(
			description = "the pupil's unique pupil number (UPN), 13 characters with its check letter") @PathVariable String upn) {
		return new PupilApplicationsView(upn, this.handling.ofPupil(caller, upn).stream().map(this::view).toList());
	}

}
