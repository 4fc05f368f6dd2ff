package uk.gov.dorsetcouncil.edu.belonging.register.web;

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
import uk.gov.dorsetcouncil.edu.belonging.register.Enquiry;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterCounts;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterEntry;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterRequest;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterStep;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/**
 * The registers the local authority's officers keep: elective home education, children
 * missing education, children with no school place and In-Year Fair Access cases, with
 * their enquiries and dated steps (ADR 0030).
 */
@RestController
@Tag(name = "Registers",
		description = "Elective home education, children missing education, children with no school place and In-Year Fair Access cases, kept by the local authority's officers")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/belonging")
class RegisterController {

	private final RegisterKeeping registers;

	private final Clock clock;

	RegisterController(RegisterKeeping registers, Clock clock) {
		this.registers = registers;
		this.clock = clock;
	}

	@Schema(description = "A register entry as an officer opens it. EHE entries give the school left and the notice's date; CME and no-school-place entries opened by hand say why.")
	record RegisterEntryBody(@Schema(description = "which register", allowableValues = {
			"ELECTIVE_HOME_EDUCATION", "CHILD_MISSING_EDUCATION", "NO_SCHOOL_PLACE", "FAIR_ACCESS" }) String kind,
			@Schema(description = "the child's UPN, 13 characters with its check letter",
					example = "A838200125001") String upn,
			@Schema(description = "the school left, its URN (required for EHE)",
					example = "991001") String schoolLeftUrn,
			@Schema(description = "when the entry opens (a Fair Access referral's date); not after today",
					format = "date", example = "2026-11-16") String openedOn,
			@Schema(description = "EHE only: when the parent's written notice was received; not after openedOn",
					format = "date", example = "2026-11-12") String noticeDate,
			@Schema(description = "EHE only: the child is on a special school's roll") Boolean specialSchool,
			@Schema(description = "EHE only: the child has an EHC plan (with specialSchool, the LA must consent)") Boolean ehcPlan,
			@Schema(description = "why it is opened (required for CME and no school place)") String reason){

		RegisterRequest request() {
			return new RegisterRequest(this.kind, this.upn, this.schoolLeftUrn, this.openedOn, this.noticeDate,
					this.specialSchool, this.ehcPlan, this.reason);
		}

	}

	record EnquiryBody(
			@Schema(description = "when; not before the entry opened, not after today", format = "date",
					example = "2026-11-18") String date,
			@Schema(description = "what was done", example = "home visit") String action,
			@Schema(description = "what came of it") String outcome) {
	}

	record RegisterStepBody(
			@Schema(description = "when it was done; not before the entry opened, not after today", format = "date",
					example = "2026-11-20") String doneOn,
			@Schema(description = "what it decided: LA_CONSENT CONSENTED or REFUSED; PARENT_RESPONSE SATISFIED or NOT_SATISFIED; ORDER_DECISION ORDER_SERVED or NO_ORDER; PANEL_DECISION SCHOOL_NAMED or NOT_ALLOCATED; absent otherwise") String outcome,
			@Schema(description = "the school named (with SCHOOL_NAMED or ORDER_SERVED), its URN",
					example = "991002") String schoolUrn) {
	}

	record NoticeBody(@Schema(description = "when the notice of intention was served", format = "date",
			example = "2026-11-20") String servedOn) {
	}

	record ClosureBody(
			@Schema(description = "when; not before the entry opened, not after today", format = "date",
					example = "2026-12-01") String closedOn,
			@Schema(description = "why", allowableValues = {
					"ON_ROLL", "HOME_EDUCATED", "MOVED_AWAY", "RETURNED_TO_SCHOOL", "CEASED_COMPULSORY_SCHOOL_AGE",
					"OPENED_IN_ERROR", "OTHER" }) String reason,
			@Schema(description = "said with it (required for OTHER)") String note){
	}

	record StepView(@Schema(description = "what is due") String kind,
			@Schema(description = "who must act: SCHOOL, LOCAL_AUTHORITY or PARENT") String actor,
			@Schema(description = "the last day it is on time", format = "date") LocalDate dueDate,
			@Schema(format = "date") LocalDate doneDate, String outcome,
			@Schema(description = "done late, or not done and past its date (never the parent's 15 days)") boolean breach,
			@Schema(description = "the rule that sets it") String rule) {

		static StepView of(RegisterStep step, LocalDate today) {
			return new StepView(step.kind().name(), step.kind().actor().name(), step.dueDate(), step.doneDate(),
					step.outcome(), step.breach(today), step.kind().rule());
		}

	}

	record EnquiryView(@Schema(format = "date") LocalDate date, String action, String outcome, String by) {

		static EnquiryView of(Enquiry enquiry) {
			return new EnquiryView(enquiry.date(), enquiry.action(), enquiry.outcome(), enquiry.by());
		}

	}

	record EntryView(String id, String kind, String upn, String schoolLeftUrn,
			@Schema(format = "date") LocalDate openedOn,
			@Schema(description = "OFFICER, or DELETION_RETURN (opened from attendance's roll)") String source,
			String note, @Schema(format = "date") LocalDate noticeDate,
			@Schema(description = "EHE: the LA must consent before the name is deleted") boolean consentNeeded,
			String schoolNamedUrn,
			@Schema(description = "when found on a school's roll", format = "date") LocalDate onRollOn,
			@Schema(format = "date") LocalDate closedOn, String closureReason, String closureNote,
			@Schema(description = "days without a school place so far (not for EHE)") Long daysWithoutPlace,
			@Schema(description = "Fair Access: days from the panel naming a school until on its roll") Long daysUntilOnRoll,
			List<EnquiryView> enquiries, List<StepView> steps, String openedBy, String openedAt,
			String rule) implements ReleasedChild {

		static EntryView of(RegisterEntry e, LocalDate today) {
			return new EntryView(e.id(), e.kind().name(), e.upn().value(), e.schoolLeftUrn(), e.openedOn(),
					e.source().name(), e.note(), e.noticeDate(), e.consentNeeded(), e.schoolNamedUrn(), e.onRollOn(),
					e.closedOn(), (e.closureReason() != null) ? e.closureReason().name() : null, e.closureNote(),
					e.daysWithoutPlace(today).orElse(null), e.daysUntilOnRoll(today).orElse(null),
					e.enquiries().stream().map(EnquiryView::of).toList(),
					e.steps().stream().map(s -> StepView.of(s, today)).toList(), e.openedBy(), e.openedAt().toString(),
					e.kind().rule());
		}

		@Override
		public String urn() {
			return this.schoolLeftUrn;
		}

	}

	record PupilRegistersView(String upn, List<EntryView> entries) {
	}

	record CountView(@Schema(description = "the register, or ALL") String register,
			@Schema(description = "the count, or \"c\" when suppressed") Object count) {
	}

	record CountsView(@Schema(format = "date") LocalDate since, List<CountView> open, List<CountView> openedSince,
			String asOf) {

		static CountsView of(RegisterCounts counts) {
			return new CountsView(counts.since(), rows(counts.open()), rows(counts.openedSince()),
					counts.asOf().toString());
		}

		private static List<CountView> rows(List<RegisterCounts.Row> rows) {
			return rows.stream().map(row -> new CountView(row.register(), row.count().shown())).toList();
		}

	}

	@Operation(summary = "Open a register entry",
			description = "Scope belonging:registers; the local authority's officers. One open entry of a kind per child (a second is a 409 naming kind). EHE: the child must be on the school left's roll on the notice's date (attendance's roll; 422 naming upn otherwise); consent is needed for a special school pupil with an EHC plan. A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Opened, with its steps")
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/registers/entries")
	@IdempotentWrite
	ResponseEntity<EntryView> open(Caller caller, @RequestBody RegisterEntryBody body) {
		RegisterEntry opened = this.registers.open(caller, body.request());
		return ResponseEntity.created(URI.create("/api/v1/belonging/registers/entries/" + opened.id()))
			.body(EntryView.of(opened, today()));
	}

	@Operation(summary = "Register entries",
			description = "Scope belonging:read or belonging:registers; the local authority the county's, a locality officer those of its schools (left or named), a school those where it is the school left. Earliest opened first, a page at a time.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/registers/entries")
	Page<EntryView> list(Caller caller, @Parameter(
			description = "one register: ELECTIVE_HOME_EDUCATION, CHILD_MISSING_EDUCATION, NO_SCHOOL_PLACE or FAIR_ACCESS") @RequestParam(
					required = false) String kind,
			@Parameter(description = "open entries only (default true)") @RequestParam(required = false) Boolean open,
			PageRequest page) {
		LocalDate today = today();
		return Page.of(this.registers.list(caller, kind, !Boolean.FALSE.equals(open))
			.stream()
			.map(e -> EntryView.of(e, today))
			.toList(), page);
	}

	@Operation(summary = "Read a register entry",
			description = "Scope belonging:read or belonging:registers; as the list releases them.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/registers/entries/{id}")
	EntryView get(Caller caller,
			@Parameter(description = "the entry's id: the child's UPN, '-R' and a number") @PathVariable String id) {
		return EntryView.of(this.registers.find(caller, id), today());
	}

	@Operation(summary = "A child's register entries",
			description = "Scope belonging:read or belonging:registers; as the list releases them. In the order opened.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/pupils/{upn}/registers")
	PupilRegistersView ofPupil(Caller caller,
			@Parameter(description = "the child's UPN, 13 characters with its check letter") @PathVariable String upn) {
		LocalDate today = today();
		return new PupilRegistersView(upn,
				this.registers.ofPupil(caller, upn).stream().map(e -> EntryView.of(e, today)).toList());
	}

	@Operation(summary = "Log an enquiry",
			description = "Scope belonging:registers. The first enquiry is the FIRST_ENQUIRY step done. The same enquiry sent again (or a retry with the same Idempotency-Key) is the same answer, never a second line.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/registers/entries/{id}/enquiries")
	@IdempotentWrite
	EntryView enquiry(Caller caller, @Parameter(description = "the entry's id") @PathVariable String id,
			@RequestBody EnquiryBody body) {
		return EntryView.of(this.registers.logEnquiry(caller, id, body.date(), body.action(), body.outcome()), today());
	}

	@Operation(summary = "Record a step as done",
			description = "Scope belonging:registers. Idempotent. A panel naming a school adds ON_ROLL (due in 20 days); an order served adds ORDER_COMPLIANCE (due in 15 days). 422 when the entry has no such step or the date is before the entry opened; 409 when it was done on another date already.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/registers/entries/{id}/steps/{step}")
	EntryView step(Caller caller, @Parameter(description = "the entry's id") @PathVariable String id, @Parameter(
			description = "the step: LA_CONSENT, FIRST_ENQUIRY, PARENT_RESPONSE, ORDER_DECISION, ORDER_COMPLIANCE, PANEL_DECISION or ON_ROLL") @PathVariable String step,
			@RequestBody RegisterStepBody body) {
		return EntryView
			.of(this.registers.recordStep(caller, id, step, body.doneOn(), body.outcome(), body.schoolUrn()), today());
	}

	@Operation(summary = "Serve a notice of intention (school attendance order)",
			description = "Scope belonging:registers; EHE and CME entries. EA 1996 s437(1): the parent has 15 days (PARENT_RESPONSE), then the LA decides on an order (ORDER_DECISION, 10 days on). Idempotent.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/registers/entries/{id}/attendance-order")
	EntryView noticeOfIntention(Caller caller, @Parameter(description = "the entry's id") @PathVariable String id,
			@RequestBody NoticeBody body) {
		return EntryView.of(this.registers.serveNoticeOfIntention(caller, id, body.servedOn()), today());
	}

	@Operation(summary = "Close a register entry",
			description = "Scope belonging:registers. By hand, with a reason (a new-pupil return in attendance closes CME, no-place and EHE entries by itself). Idempotent; closing again another way is a 409 naming closedOn.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/registers/entries/{id}/closure")
	EntryView close(Caller caller, @Parameter(description = "the entry's id") @PathVariable String id,
			@RequestBody ClosureBody body) {
		return EntryView.of(this.registers.close(caller, id, body.closedOn(), body.reason(), body.note()), today());
	}

	@Operation(summary = "The registers' counts",
			description = "Scope belonging:read, belonging:registers or measures:read; county-wide callers. Open entries by register and those opened since a date, each with the total; for a caller with measures:read only (the Education Board analyst) counts of 1 or 2, and any that would reveal them, are shown as \"c\".")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/registers/counts")
	CountsView counts(Caller caller, @Parameter(
			description = "opened since this day, yyyy-MM-dd (default 1 September of this academic year)") @RequestParam(
					required = false) String since) {
		LocalDate today = today();
		LocalDate from = DateBounds.parameter("since", since);
		if (from == null) {
			LocalDate september = LocalDate.of(today.getYear(), 9, 1);
			from = today.isBefore(september) ? september.minusYears(1) : september;
		}
		return CountsView.of(this.registers.counts(caller, from));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
