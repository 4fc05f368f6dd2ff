package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.send.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.IdempotentWrite;
import uk.gov.dorsetcouncil.edu.send.attendance.client.AttendanceClient;
import uk.gov.dorsetcouncil.edu.send.plan.Amendment;
import uk.gov.dorsetcouncil.edu.send.plan.PlanChange;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.PlanRecord;

/** EHC plans, for SEND caseworkers and the schools plans name. */
@RestController
@Tag(name = "EHC plans", description = "Education, health and care plans")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/send/ehc-plans")
class EhcPlanController {

	private static final String UPN = "the pupil's unique pupil number (UPN), 13 characters with its check letter";

	private final PlanKeeping keeping;

	private final AttendanceClient attendance;

	EhcPlanController(PlanKeeping keeping, AttendanceClient attendance) {
		this.keeping = keeping;
		this.attendance = attendance;
	}

	/**
	 * Records the plan the LA holds for a pupil; the same plan twice gives the same
	 * state.
	 */
	@Operation(summary = "Record a pupil's EHC plan",
			description = "Scope ehcp:write; the local authority or a platform service only (the LA maintains plans, "
					+ "Children and Families Act 2014 s37). Idempotent: 201 when the plan is new, 200 when it replaces or "
					+ "repeats the one held. Dates are yyyy-MM-dd.")
	@ApiResponse(responseCode = "201", description = "The plan, new",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = EhcPlanView.class)))
	@ApiResponse(responseCode = "200", description = "The plan, replacing or repeating the one held",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = EhcPlanView.class)))
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@PutMapping("/{upn}")
	ResponseEntity<EhcPlanView> put(@Parameter(
			description = "the pupil's unique pupil number (UPN), 13 characters with its check letter") @PathVariable String upn,
			@RequestBody EhcPlanSubmission body, Caller caller) {
		PlanKeeping.Put put = this.keeping.put(caller, upn, body.status(), body.issuedDate(), body.namedSchoolUrn(),
				body.lastReviewDate());
		return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(EhcPlanView.of(put.record(), this.keeping.today(), null));
	}

	/**
	 * The plan with its next annual review and the pupil's attendance. The attendance
	 * part may be unavailable on its own; the plan is answered regardless.
	 */
	@Operation(summary = "Read a pupil's EHC plan",
			description = "Scope ehcp:read; the local authority and platform services see every plan, a school only a "
					+ "plan that names it (otherwise 403, whether or not a plan exists). With the next annual review and "
					+ "the pupil's attendance, which may be marked unavailable on its own.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{upn}")
	EhcPlanView get(@Parameter(
			description = "the pupil's unique pupil number (UPN), 13 characters with its check letter") @PathVariable String upn,
			Caller caller) {
		PlanRecord record = this.keeping.find(caller, upn);
		return EhcPlanView.of(record, this.keeping.today(),
				EhcPlanView.AttendancePart.of(this.attendance.attendanceOf(record.upn())));
	}

	@Operation(summary = "Record an EHC plan's sections A to K",
			description = "Scope ehcp:write; the local authority. Section B's needs as school census SEN type codes (NSA refused: it goes only with SEN support), E's outcomes, F to H2's provision (at least one in F), I's placement type, and the text of A, C, D, J and K. Each field that changes is written to the plan's history. Idempotent: the same sections again change nothing. 422: no plan held, a ceased plan, EOTAS with a school named.")
	@ApiResponse(responseCode = "200", description = "The plan with its sections")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{upn}/sections")
	EhcPlanView sections(Caller caller, @Parameter(description = UPN) @PathVariable String upn,
			@RequestBody PlanBodies.SectionsBody body) {
		return view(this.keeping.recordSections(caller, upn, body.request()));
	}

	@Operation(summary = "Cease an EHC plan, with the reason",
			description = "Scope ehcp:write; the local authority (Children and Families Act 2014 s45). The plan becomes CEASED with its day and reason; a transfer to another LA is a transfer OUT instead. Idempotent: the same again changes nothing; another day or reason is a 409. 422: no plan, a draft, a day before the plan was made.")
	@ApiResponse(responseCode = "200", description = "The plan, ceased")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{upn}/cessation")
	EhcPlanView cease(Caller caller, @Parameter(description = UPN) @PathVariable String upn,
			@RequestBody PlanBodies.CessationBody body) {
		return view(this.keeping.cease(caller, upn, body.request()));
	}

	@Operation(summary = "Record a plan's transfer to or from another local authority",
			description = "Scope ehcp:write; the local authority (SEND Regulations 2014 reg 15). OUT ceases the plan here on the day of the move (reason TRANSFERRED_TO_ANOTHER_LA); IN records where a final plan came from, with the family's notice due 6 weeks from the move. A retry with the same Idempotency-Key answers the first answer; the same transfer again changes nothing.")
	@ApiResponse(responseCode = "200", description = "The plan with its transfers")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/{upn}/transfers")
	@IdempotentWrite
	EhcPlanView transfer(Caller caller, @Parameter(description = UPN) @PathVariable String upn,
			@RequestBody PlanBodies.TransferBody body) {
		return view(this.keeping.transfer(caller, upn, body.request()));
	}

	@Operation(summary = "Propose amendments to a final plan",
			description = "Scope ehcp:write; the local authority, after an annual review (reviewId) or at another time (regs 22, 28). The family has 15 days to comment; the amended plan is due within 8 weeks of the proposal. One open amendment at a time (409 upn). A retry with the same Idempotency-Key answers the first answer.")
	@ApiResponse(responseCode = "201", description = "Proposed, with its timeline")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PostMapping("/{upn}/amendments")
	@IdempotentWrite
	ResponseEntity<EhcPlanView> propose(Caller caller, @Parameter(description = UPN) @PathVariable String upn,
			@RequestBody PlanBodies.AmendmentBody body) {
		PlanRecord record = this.keeping.proposeAmendment(caller, upn, body.request());
		int number = record.openAmendment().map(Amendment::number).orElse(record.amendments().size());
		return ResponseEntity
			.created(URI.create("/api/v1/send/ehc-plans/" + record.upn().value() + "/amendments/" + number))
			.body(view(record));
	}

	@Operation(summary = "Record the family's comments on, or the issue of, an amended plan",
			description = "Scope ehcp:write; the local authority. On issue the proposed sections become the plan's, each change in its history. Idempotent: the same date again changes nothing, another is a 409. 422: a date before the proposal, an amended plan inside the family's 15 days with no comments recorded.")
	@ApiResponse(responseCode = "200", description = "The plan with the amendment")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{upn}/amendments/{number}")
	EhcPlanView progress(Caller caller, @Parameter(description = UPN) @PathVariable String upn,
			@Parameter(description = "the amendment's number, from 1") @PathVariable String number,
			@RequestBody PlanBodies.AmendmentProgressBody body) {
		return view(this.keeping.progressAmendment(caller, upn, number, body.request()));
	}

	@Operation(summary = "The history of every change to a plan",
			description = "Scope ehcp:read; the local authority, or the school the plan names. Each change: when, who, which field, from what to what (null where empty), oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{upn}/history")
	PlanHistoryView history(Caller caller, @Parameter(description = UPN) @PathVariable String upn) {
		PlanRecord record = this.keeping.find(caller, upn);
		return new PlanHistoryView(record.upn().value(), record.history());
	}

	/** A plan's history, oldest first. */
	record PlanHistoryView(String upn, List<PlanChange> changes) {
	}

	private EhcPlanView view(PlanRecord record) {
		return EhcPlanView.of(record, this.keeping.today(), null);
	}

}
