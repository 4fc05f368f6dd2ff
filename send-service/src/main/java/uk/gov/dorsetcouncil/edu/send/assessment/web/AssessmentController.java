package uk.gov.dorsetcouncil.edu.send.assessment.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.send.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.send.assessment.AppealRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.Assessment;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentAccess;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRecording;
import uk.gov.dorsetcouncil.edu.send.assessment.AssessmentRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.ExceptionRequest;
import uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentViews.AssessmentView;
import uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentViews.MeasuresView;
import uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentViews.PupilAssessmentsView;
import uk.gov.dorsetcouncil.edu.send.assessment.web.AssessmentViews.QueuedStepView;
import uk.gov.dorsetcouncil.edu.send.web.CaseworkReads;
import uk.gov.dorsetcouncil.edu.send.web.CaseworkReads.MeasuredPeriod;

/**
 * EHC needs assessments on the statutory 20-week clock: recorded by SEND caseworkers,
 * read by them (the county) and by a school's SENCO (its own pupils), counted for the
 * Education Board with small numbers hidden.
 */
@RestController
@Tag(name = "EHC needs assessments",
		description = "Requests for EHC needs assessments with the statutory steps that follow, their exceptions and appeals")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/send")
class AssessmentController {

	private final AssessmentRecording recording;

	AssessmentController(AssessmentRecording recording) {
		this.recording = recording;
	}

	@Schema(description = "A request for an EHC needs assessment as the LA received it")
	record AssessmentBody(@Schema(description = "the child's UPN", example = "A838200125001") String upn,
			@Schema(description = "who asked", allowableValues = {
					"PARENT", "YOUNG_PERSON", "SCHOOL", "OTHER_PROFESSIONAL" }) String requestedBy,
			@Schema(description = "when the LA received the request; every limit runs from it", format = "date",
					example = "2026-09-14") String receivedOn,
			@Schema(description = "the child's school, when there is one (required for a school's request)",
					example = "991001") String schoolUrn,
			@Schema(description = "the school census SEN type suspected, when named (not NSA)",
					example = "ASD") String primaryNeed){

		AssessmentRequest request() {
			return new AssessmentRequest(this.upn, this.requestedBy, this.receivedOn, this.schoolUrn, this.primaryNeed);
		}

	}

	record StepBody(
			@Schema(description = "when it was done; not after today nor before the step began", format = "date",
					example = "2026-10-20") String doneOn,
			@Schema(description = "what a decision decided: DECISION_TO_ASSESS ASSESS or REFUSE; DECISION_TO_ISSUE ISSUE or NOT_ISSUE; absent otherwise") String outcome) {
	}

	record AdviceBody(@Schema(description = "when the LA asked for the advice", format = "date",
			example = "2026-10-21") String requestedOn) {
	}

	@Schema(description = "An exception to the time limits (SEND Regulations 2014 regs 5(4), 8(2), 10(4), 13(3))")
	record ExceptionBody(@Schema(allowableValues = {
			"SCHOOL_CLOSURE", "PERSONAL_CIRCUMSTANCES", "ABSENCE_FROM_AREA", "ADVICE_GIVER" }) String kind,
			@Schema(description = "the first day of the period", format = "date", example = "2026-07-22") String from,
			@Schema(description = "the last day of the period", format = "date", example = "2026-09-02") String to,
			@Schema(description = "the evidence the LA holds (a document reference)",
					example = "Term dates 2025/26, Dorset Council") String evidence,
			@Schema(description = "for ADVICE_GIVER: the advice excused", allowableValues = { "EDUCATION", "HEALTH",
					"SOCIAL_CARE", "EDUCATIONAL_PSYCHOLOGY", "OTHER" }) String adviceSource){

		ExceptionRequest request() {
			return new ExceptionRequest(this.kind, this.from, this.to, this.evidence, this.adviceSource);
		}

	}

	@Schema(description = "Mediation and the appeal to the First-tier Tribunal (SEND) after a refusal; every date optional")
	record AppealBody(
			@Schema(description = "when the mediation certificate was issued", format = "date",
					example = "2026-11-20") String mediationCertificateOn,
			@Schema(description = "when the appeal was lodged with the Tribunal", format = "date",
					example = "2026-12-01") String lodgedOn,
			@Schema(description = "the hearing date the Tribunal set", format = "date",
					example = "2027-03-15") String hearingOn,
			@Schema(description = "when the Tribunal decided", format = "date",
					example = "2027-03-29") String decidedOn) {

		AppealRequest request() {
			return new AppealRequest(this.mediationCertificateOn, this.lodgedOn, this.hearingOn, this.decidedOn);
		}

	}

	@Operation(summary = "Record a request for an EHC needs assessment",
			description = "Scope ehcp:write; the local authority. The statutory steps follow from receivedOn (decision whether to assess in 6 weeks, reg 5). Refused with a problem naming the field, nothing stored: an invalid UPN or one on no roll, an unknown need code, a date in the future, a second open request for the child (409). A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Recorded, with its steps")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/assessments")
	@IdempotentWrite
	ResponseEntity<AssessmentView> record(Caller caller, @RequestBody AssessmentBody body) {
		Assessment recorded = this.recording.record(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/send/assessments/" + recorded.id()))
			.body(AssessmentView.of(recorded, this.recording.today()));
	}

	@Operation(summary = "Read an EHC needs assessment",
			description = "Scope ehcp:read; the local authority any, a school those of its pupils.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/assessments/{id}")
	AssessmentView get(Caller caller, @Parameter(
			description = "the assessment's id: the child's UPN, '-' and a number") @PathVariable String id) {
		return AssessmentView.of(this.recording.find(caller, id), this.recording.today());
	}

	@Operation(summary = "A child's EHC needs assessments",
			description = "Scope ehcp:read; the local authority, or the child's school. Earliest first; empty when none.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/assessments")
	PupilAssessmentsView ofPupil(Caller caller,
			@Parameter(description = "the child's UPN, 13 characters with its check letter") @PathVariable String upn) {
		Upn pupil = Upn.parse("upn", upn);
		LocalDate today = this.recording.today();
		return new PupilAssessmentsView(pupil.value(),
				this.recording.ofPupil(caller, pupil).stream().map(a -> AssessmentView.of(a, today)).toList());
	}

	@Operation(summary = "Record a statutory step as done",
			description = "Scope ehcp:write; the local authority. Idempotent: the same date and outcome again changes nothing; a different one is a 409. 422 when the assessment has no such step yet, or the date is after today or before the step began.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/assessments/{id}/steps/{step}")
	AssessmentView step(Caller caller, @Parameter(description = "the assessment's id") @PathVariable String id,
			@Parameter(
					description = "the step: DECISION_TO_ASSESS, ADVICE_EDUCATION, ADVICE_HEALTH, ADVICE_SOCIAL_CARE, ADVICE_EDUCATIONAL_PSYCHOLOGY, ADVICE_OTHER, DECISION_TO_ISSUE, DRAFT_PLAN, DRAFT_COMMENTS, SCHOOL_CONSULTATION or FINAL_PLAN") @PathVariable String step,
			@RequestBody StepBody body) {
		return AssessmentView.of(this.recording.recordStep(caller, id, step, body.doneOn(), body.outcome()),
				this.recording.today());
	}

	@Operation(summary = "Ask for advice for an assessment",
			description = "Scope ehcp:write; the local authority, once it has decided to assess (reg 6). The advice is due 6 weeks from the request (reg 8). Idempotent.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/assessments/{id}/advice-requests/{source}")
	AssessmentView requestAdvice(Caller caller, @Parameter(description = "the assessment's id") @PathVariable String id,
			@Parameter(
					description = "EDUCATION, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY or OTHER") @PathVariable String source,
			@RequestBody AdviceBody body) {
		return AssessmentView.of(this.recording.requestAdvice(caller, id, source, body.requestedOn()),
				this.recording.today());
	}

	@Operation(summary = "Record an exception to the time limits",
			description = "Scope ehcp:write; the local authority. The exception moves the due dates it applies to by the days of its period that fall while their clocks run; each step lists the exceptions that moved it. 422: a closure or absence under 4 weeks, a closure when the school's advice was not asked from a week before it closed to a week before it re-opens, an advice-giver's exception for advice not asked. Idempotent.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/assessments/{id}/exceptions")
	@IdempotentWrite
	AssessmentView exception(Caller caller, @Parameter(description = "the assessment's id") @PathVariable String id,
			@RequestBody ExceptionBody body) {
		return AssessmentView.of(this.recording.recordException(caller, id, body.request()), this.recording.today());
	}

	@Operation(summary = "Record mediation and appeal dates",
			description = "Scope ehcp:write; the local authority, after a refusal to assess or a decision not to issue. The parent's window to appeal is 2 months from the decision or 1 month after a mediation certificate, whichever is later. Idempotent.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/assessments/{id}/appeal")
	AssessmentView appeal(Caller caller, @Parameter(description = "the assessment's id") @PathVariable String id,
			@RequestBody AppealBody body) {
		return AssessmentView.of(this.recording.recordAppeal(caller, id, body.request()), this.recording.today());
	}

	@Operation(summary = "A caseworker's queue of assessment steps",
			description = "Scope ehcp:read; the local authority the county, a school its pupils'. The duties not done (the LA's, advisers' and schools'), the soonest breach first: those already breached, then by due date. Optionally only those due by dueBy. A page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/assessment-queue")
	Page<QueuedStepView> queue(Caller caller,
			@Parameter(description = "only steps due by this day, yyyy-MM-dd (default: all)") @RequestParam(
					required = false) String dueBy,
			PageRequest page) {
		LocalDate today = this.recording.today();
		return CaseworkReads.queuePage(dueBy, page, by -> this.recording.queue(caller, by, step -> true),
				due -> QueuedStepView.of(due, today));
	}

	@Operation(summary = "EHC needs assessment figures",
			description = "Scope ehcp:read (in full) or measures:read (small numbers hidden as \"c\", with the figures that would reveal them); county-wide callers. Requests received in the period (default the 12 months to today): assessed, refused, undecided, not to issue, plans issued within 20 weeks, within the time exceptions allowed, late.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/assessment-measures")
	MeasuresView measures(Caller caller,
			@Parameter(description = "the first day received, yyyy-MM-dd (default a year before to)") @RequestParam(
					required = false) String from,
			@Parameter(description = "the last day received, yyyy-MM-dd (default today)") @RequestParam(
					required = false) String to) {
		boolean pupilLevel = AssessmentAccess.checkMayCount(caller);
		MeasuredPeriod period = CaseworkReads.period(from, to, this.recording.today());
		return MeasuresView.of(this.recording.measures(caller, period.first(), period.last()), pupilLevel);
	}

}
