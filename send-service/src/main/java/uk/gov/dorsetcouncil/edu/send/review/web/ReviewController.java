package uk.gov.dorsetcouncil.edu.send.review.web;

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
import uk.gov.dorsetcouncil.edu.send.review.AnnualReview;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRecording;
import uk.gov.dorsetcouncil.edu.send.review.ReviewRequest;
import uk.gov.dorsetcouncil.edu.send.review.web.ReviewViews.PupilReviewsView;
import uk.gov.dorsetcouncil.edu.send.review.web.ReviewViews.QueuedReviewStepView;
import uk.gov.dorsetcouncil.edu.send.review.web.ReviewViews.ReviewMeasuresView;
import uk.gov.dorsetcouncil.edu.send.review.web.ReviewViews.ReviewView;
import uk.gov.dorsetcouncil.edu.send.web.CaseworkReads;
import uk.gov.dorsetcouncil.edu.send.web.CaseworkReads.MeasuredPeriod;

/**
 * Annual reviews of EHC plans: arranged and recorded by SEND caseworkers, read by them
 * (the county) and by a SENCO (the plans naming their school), counted for the Education
 * Board with small numbers hidden.
 */
@RestController
@Tag(name = "Annual reviews",
		description = "Annual reviews of EHC plans: the meeting within 12 months, the papers, the LA's decision, amendments and phase transfers")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/send")
class ReviewController {

	private final ReviewRecording recording;

	ReviewController(ReviewRecording recording) {
		this.recording = recording;
	}

	@Schema(description = "An annual review arranged: its meeting day and the phase transfer it prepares")
	record ReviewBody(
			@Schema(description = "the meeting day; after the plan was made or last reviewed, at most 12 months ahead",
					format = "date", example = "2027-01-18") String meetingOn,
			@Schema(description = "the child's date of birth, for the reminder of a review every 6 months under 5 (optional)",
					format = "date", example = "2022-05-03") String bornOn,
			@Schema(description = "the phase transfer the review prepares (optional)", allowableValues = {
					"EARLY_YEARS_TO_SCHOOL", "INFANT_TO_JUNIOR", "PRIMARY_TO_MIDDLE", "PRIMARY_TO_SECONDARY",
					"MIDDLE_TO_SECONDARY", "SECONDARY_TO_POST_16" }) String phaseTransfer,
			@Schema(description = "the calendar year of the move, with phaseTransfer", format = "int32",
					example = "2027") Integer transferYear){

		ReviewRequest request() {
			return new ReviewRequest(this.meetingOn, this.bornOn, this.phaseTransfer, this.transferYear);
		}

	}

	record ReviewStepBody(@Schema(description = "when it was done; not after today nor before the step began",
			format = "date", example = "2027-01-18") String doneOn) {
	}

	record DecisionBody(
			@Schema(description = "when the LA decided and notified; not before the meeting nor after today",
					format = "date", example = "2027-02-01") String decidedOn,
			@Schema(description = "what it decided", allowableValues = {
					"MAINTAIN", "AMEND", "CEASE" }) String outcome){
	}

	@Operation(summary = "Arrange the annual review of a child's EHC plan",
			description = "Scope ehcp:write; the local authority. The review is due within 12 months of the plan made or last reviewed (s44(1)); the papers 2 weeks before the meeting; with a phaseTransfer the amended plan naming the new school by 15 February of the year of the move (31 March from secondary to post-16, reg 18). Refused with a problem naming the field, nothing stored: no plan or one not final (422 upn), a meeting before the plan or its last review (422 meetingOn), a second open review (409 upn). A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Arranged, with its steps")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/ehc-plans/{upn}/reviews")
	@IdempotentWrite
	ResponseEntity<ReviewView> arrange(Caller caller,
			@Parameter(description = "the child's UPN, 13 characters with its check letter") @PathVariable String upn,
			@RequestBody ReviewBody body) {
		AnnualReview arranged = this.recording.arrange(caller, upn, body.request());
		return ResponseEntity.created(URI.create("/api/v1/send/reviews/" + arranged.id()))
			.body(ReviewView.of(arranged, this.recording.today()));
	}

	@Operation(summary = "Read an annual review",
			description = "Scope ehcp:read; the local authority any, a school those of the plans naming it.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/reviews/{id}")
	ReviewView get(Caller caller,
			@Parameter(description = "the review's id: the child's UPN, '-R' and a number") @PathVariable String id) {
		return ReviewView.of(this.recording.find(caller, id), this.recording.today());
	}

	@Operation(summary = "A child's annual reviews",
			description = "Scope ehcp:read; the local authority, or the school the plan names. Earliest first; empty when none.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/reviews")
	PupilReviewsView ofPupil(Caller caller,
			@Parameter(description = "the child's UPN, 13 characters with its check letter") @PathVariable String upn) {
		Upn pupil = Upn.parse("upn", upn);
		LocalDate today = this.recording.today();
		return new PupilReviewsView(pupil.value(),
				this.recording.ofPupil(caller, pupil).stream().map(r -> ReviewView.of(r, today)).toList());
	}

	@Operation(summary = "Record a step of an annual review as done",
			description = "Scope ehcp:write; the local authority. REVIEW_MEETING (held: the plan's last review, from which the next 12 months run), PAPERS_CIRCULATED, PARENT_COMMENTS, AMENDED_PLAN or EARLY_YEARS_REMINDER. Idempotent: the same date again changes nothing; a different one is a 409. 422 when the review has no such step yet, the date is after today or before the step began, or an amended plan comes inside the parent's 15 days.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/reviews/{id}/steps/{step}")
	ReviewView step(Caller caller, @Parameter(description = "the review's id") @PathVariable String id, @Parameter(
			description = "REVIEW_MEETING, PAPERS_CIRCULATED, PARENT_COMMENTS, AMENDED_PLAN or EARLY_YEARS_REMINDER") @PathVariable String step,
			@RequestBody ReviewStepBody body) {
		return ReviewView.of(this.recording.recordStep(caller, id, step, body.doneOn()), this.recording.today());
	}

	@Operation(summary = "Record the LA's decision after the review meeting",
			description = "Scope ehcp:write; the local authority, within 4 weeks of the meeting (reg 20(10)). AMEND is notified with the proposed amendments: the parent has 15 days to comment and the amended plan is due within 8 weeks (reg 22), or by the phase transfer's date if sooner. Idempotent: the same decision again changes nothing, another is a 409. 422: before the meeting or with no meeting recorded, after today, MAINTAIN at a phase transfer.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/reviews/{id}/decision")
	ReviewView decision(Caller caller, @Parameter(description = "the review's id") @PathVariable String id,
			@RequestBody DecisionBody body) {
		return ReviewView.of(this.recording.recordDecision(caller, id, body.decidedOn(), body.outcome()),
				this.recording.today());
	}

	@Operation(summary = "A caseworker's queue of annual review steps",
			description = "Scope ehcp:read; the local authority the county, a school the plans naming it. The LA's steps not done of open reviews, and the meeting of every final plan with no review arranged, the soonest breach first (those already breached first). Optionally only those due by dueBy. A page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/review-queue")
	Page<QueuedReviewStepView> queue(Caller caller,
			@Parameter(description = "only steps due by this day, yyyy-MM-dd (default: all)") @RequestParam(
					required = false) String dueBy,
			PageRequest page) {
		LocalDate today = this.recording.today();
		return CaseworkReads.queuePage(dueBy, page, by -> this.recording.queue(caller, by, step -> true),
				due -> QueuedReviewStepView.of(due, today));
	}

	@Operation(summary = "Annual reviews on time",
			description = "Scope ehcp:read (in full) or measures:read (small numbers hidden as \"c\"); county-wide callers. The reviews whose meeting was held in the period (default the 12 months to today), on time or late, the share on time, and the plans overdue today.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/review-measures")
	ReviewMeasuresView measures(Caller caller,
			@Parameter(description = "the first day held, yyyy-MM-dd (default a year before to)") @RequestParam(
					required = false) String from,
			@Parameter(description = "the last day held, yyyy-MM-dd (default today)") @RequestParam(
					required = false) String to) {
		boolean pupilLevel = ReviewRecording.countsInFull(caller);
		MeasuredPeriod period = CaseworkReads.period(from, to, this.recording.today());
		return ReviewMeasuresView.of(this.recording.measures(caller, period.first(), period.last()), pupilLevel);
	}

}
