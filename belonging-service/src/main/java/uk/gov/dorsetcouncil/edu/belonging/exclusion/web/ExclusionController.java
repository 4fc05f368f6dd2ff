package uk.gov.dorsetcouncil.edu.belonging.exclusion.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

import uk.gov.dorsetcouncil.edu.belonging.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.DueStep;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusion;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionReason;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRecording;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRequest;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Step;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.SuspensionLength;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/**
 * Suspensions and permanent exclusions: recorded by the excluding school, read by the
 * school (its own) and the local authority (the county), with the statutory steps that
 * follow and when each falls due.
 */
@RestController
@Tag(name = "Suspensions and exclusions",
		description = "Suspensions and permanent exclusions with the statutory steps that follow, in school days of the excluding school")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class ExclusionController {

	private final ExclusionRecording recording;

	private final Clock clock;

	ExclusionController(ExclusionRecording recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	@Schema(description = "A suspension or permanent exclusion as the school records it. A suspension gives its length once: schoolDays, sessions (two a day) or lunchtimes (each half a school day); a permanent exclusion none.")
	record ExclusionBody(@Schema(description = "the pupil's UPN", example = "A838200125001") String upn,
			@Schema(description = "the excluding school's URN (the caller's own)") String schoolUrn,
			@Schema(description = "SUSPENSION or PERMANENT_EXCLUSION", allowableValues = {
					"SUSPENSION", "PERMANENT_EXCLUSION" }) String type,
			@Schema(description = "the first day; a school day at the school", format = "date",
					example = "2026-11-16") String startDate,
			@Schema(description = "a suspension's length in whole school days") Integer schoolDays,
			@Schema(description = "a suspension's length in sessions") Integer sessions,
			@Schema(description = "a lunchtime suspension's length in lunchtimes") Integer lunchtimes,
			@Schema(description = "one to three DfE exclusion reason codes") List<String> reasons,
			@Schema(description = "the headteacher who decided") String decidedBy,
			@Schema(description = "the child is looked after (the virtual school head is told)") Boolean lookedAfter,
			@Schema(description = "the child has a social worker (who is told)") Boolean socialWorker,
			@Schema(description = "the child misses a public exam or national curriculum test") Boolean missesPublicExam){

		ExclusionRequest request() {
			return new ExclusionRequest(this.upn, this.schoolUrn, this.type, this.startDate, this.schoolDays,
					this.sessions, this.lunchtimes, this.reasons, this.decidedBy, this.lookedAfter, this.socialWorker,
					this.missesPublicExam);
		}

	}

	record StepBody(
			@Schema(description = "when it was done; not after today", format = "date",
					example = "2026-11-17") String doneOn,
			@Schema(description = "what a meeting or review decided (GOVERNING_BOARD_MEETING and RECONSIDERATION: UPHELD, REINSTATED; REVIEW_PANEL: PANEL_UPHELD, RECONSIDERATION_RECOMMENDED, QUASHED); absent otherwise") String outcome) {
	}

	record MeetingRequestBody(@Schema(description = "when the parent asked", format = "date",
			example = "2026-11-18") String requestedOn) {
	}

	record ReasonView(String code, String description) {
	}

	record StepView(@Schema(description = "what is due") String kind,
			@Schema(description = "who must act: SCHOOL, LOCAL_AUTHORITY or PARENT") String actor,
			@Schema(description = "the last school day it is on time") LocalDate dueDate, LocalDate doneDate,
			String outcome,
			@Schema(description = "done late, or not done and past its date (never for the parent's window)") boolean breach,
			@Schema(description = "the rule that sets it") String rule) {

		static StepView of(Step step, LocalDate today) {
			return new StepView(step.kind().name(), step.actor().name(), step.dueDate(), step.doneDate(),
					(step.outcome() != null) ? step.outcome().name() : null, step.breach(today), step.kind().rule());
		}

	}

	record ExclusionView(String id, String upn, String schoolUrn, String type, LocalDate startDate, @Schema(
			description = "sessions of a suspension (null for lunchtimes or a permanent exclusion)") Integer sessions,
			@Schema(description = "lunchtimes of a lunchtime suspension") Integer lunchtimes,
			@Schema(description = "its length in school days, a lunchtime or a session counting half",
					example = "2.5") String schoolDays,
			List<ReasonView> reasons, String decidedBy, boolean lookedAfter, boolean socialWorker,
			boolean missesPublicExam, LocalDate meetingRequestedOn,
			@Schema(description = "when a meeting or reconsideration directed reinstatement") LocalDate reinstatedOn,
			List<StepView> steps, String recordedBy, String recordedAt) implements ReleasedChild {

		static ExclusionView of(Exclusion e, LocalDate today) {
			boolean suspension = e.length() != null;
			return new ExclusionView(e.id(), e.upn().value(), e.schoolUrn(), e.type().name(), e.startDate(),
					(suspension && e.length().sessions() > 0) ? e.length().sessions() : null,
					(suspension && e.length().lunchtime()) ? e.length().lunchtimes() : null,
					suspension ? SuspensionLength.asSchoolDays(e.halfDays()) : null,
					e.reasons().stream().map(r -> new ReasonView(r.code(), r.description())).toList(), e.decidedBy(),
					e.lookedAfter(), e.socialWorker(), e.missesPublicExam(), e.meetingRequestedOn(),
					e.reinstatedOn().orElse(null), e.steps().stream().map(s -> StepView.of(s, today)).toList(),
					e.recordedBy(), e.recordedAt().toString());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	record PupilExclusionsView(String upn, List<ExclusionView> exclusions) {
	}

	record DueStepView(String exclusionId, String upn, String schoolUrn, String exclusionType, String kind,
			String actor, LocalDate dueDate, boolean breach, String rule) implements ReleasedChild {

		static DueStepView of(DueStep due, LocalDate today) {
			Exclusion e = due.exclusion();
			Step s = due.step();
			return new DueStepView(e.id(), e.upn().value(), e.schoolUrn(), e.type().name(), s.kind().name(),
					s.actor().name(), s.dueDate(), s.breach(today), s.kind().rule());
		}

		@Override
		public String urn() {
			return this.schoolUrn;
		}

	}

	@Operation(summary = "Record a suspension or permanent exclusion",
			description = "Scope belonging:write; the excluding school only. Refused with a problem naming the field, nothing stored: a start on a day that is not a school day at the school, a pupil not on its roll that day, a suspension past 45 school days in the academic year (every school's counted), an unknown reason code. A retry with the same Idempotency-Key answers the first answer; the same exclusion sent again without one is a 409.")
	@ApiResponse(responseCode = "201", description = "Recorded, with its statutory steps")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/exclusions")
	@IdempotentWrite
	ResponseEntity<ExclusionView> record(Caller caller, @RequestBody ExclusionBody body) {
		Exclusion recorded = this.recording.record(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/belonging/exclusions/" + recorded.id()))
			.body(ExclusionView.of(recorded, today()));
	}

	@Operation(summary = "Read a suspension or permanent exclusion",
			description = "Scope belonging:read; the school for its own, the local authority for any.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/exclusions/{id}")
	ExclusionView get(Caller caller,
			@Parameter(description = "the exclusion's id: the pupil's UPN, '-' and a number") @PathVariable String id) {
		return ExclusionView.of(this.recording.find(caller, id), today());
	}

	@Operation(summary = "Record a statutory step as done",
			description = "Scope belonging:write; the excluding school or the local authority. Idempotent. 422 when the exclusion has no such step, the date is before the exclusion or the step before it, is after today, or an independent review is applied for late.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/exclusions/{id}/steps/{step}")
	ExclusionView step(Caller caller, @Parameter(description = "the exclusion's id") @PathVariable String id,
			@Parameter(
					description = "the step: PARENT_NOTICE, GOVERNING_BOARD_NOTICE, LOCAL_AUTHORITY_NOTICE, VIRTUAL_SCHOOL_HEAD_NOTICE, SOCIAL_WORKER_NOTICE, SIXTH_DAY_PROVISION, GOVERNING_BOARD_MEETING, REVIEW_APPLICATION, REVIEW_PANEL or RECONSIDERATION") @PathVariable String step,
			@RequestBody StepBody body) {
		return ExclusionView.of(this.recording.recordStep(caller, id, step, body.doneOn(), body.outcome()), today());
	}

	@Operation(summary = "Record the parent's request that the governing board meet",
			description = "Scope belonging:write; the excluding school or the local authority. For suspensions of over 5 and up to 15 school days in a term: the board must then meet within 50 school days of its notice. Idempotent.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/exclusions/{id}/meeting-request")
	ExclusionView requestMeeting(Caller caller, @Parameter(description = "the exclusion's id") @PathVariable String id,
			@RequestBody MeetingRequestBody body) {
		return ExclusionView.of(this.recording.requestMeeting(caller, id, body.requestedOn()), today());
	}

	@Operation(summary = "A pupil's suspensions and permanent exclusions",
			description = "Scope belonging:read; a school sees those it made, the local authority every school's. Earliest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/exclusions")
	PupilExclusionsView ofPupil(Caller caller,
			@Parameter(description = "the pupil's UPN, 13 characters with its check letter") @PathVariable String upn) {
		LocalDate today = today();
		return new PupilExclusionsView(upn,
				this.recording.ofPupil(caller, upn).stream().map(e -> ExclusionView.of(e, today)).toList());
	}

	@Operation(summary = "Statutory steps falling due, and overdue",
			description = "Scope belonging:read; a school its own, the local authority the county. Steps not done that fall due from `from` to `to` (default: today, and seven days on), and with overdue=true (the default) every step not done that fell due before; a sixth-day provision step listed here from its date is the alert that none is recorded. Earliest due first, a page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/steps")
	Page<DueStepView> stepsDue(Caller caller,
			@Parameter(description = "the first day, yyyy-MM-dd (default today)") @RequestParam(
					required = false) String from,
			@Parameter(description = "the last day, yyyy-MM-dd (default seven days after from)") @RequestParam(
					required = false) String to,
			@Parameter(description = "also the steps overdue before from (default true)") @RequestParam(
					required = false) Boolean overdue,
			PageRequest page) {
		LocalDate today = today();
		LocalDate first = Objects.requireNonNullElse(DateBounds.parameter("from", from), today);
		LocalDate last = Objects.requireNonNullElse(DateBounds.parameter("to", to), first.plusDays(7));
		List<DueStepView> due = this.recording.stepsDue(caller, first, last, !Boolean.FALSE.equals(overdue))
			.stream()
			.map(d -> DueStepView.of(d, today))
			.toList();
		return Page.of(due, page);
	}

	@Operation(summary = "The DfE exclusion reason codes accepted",
			description = "Scope belonging:read. The school census codes since 2020/21, up to three per exclusion.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/exclusion-reasons")
	List<ReasonView> reasons(Caller caller) {
		uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionAccess.checkMayRead(caller);
		return java.util.Arrays.stream(ExclusionReason.values())
			.map(r -> new ReasonView(r.code(), r.description()))
			.toList();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
