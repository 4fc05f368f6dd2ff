package uk.gov.dorsetcouncil.edu.send.plan.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.send.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.send.attendance.client.AttendanceClient;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlan;
import uk.gov.dorsetcouncil.edu.send.plan.EhcPlanAccess;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;

/** EHC plans, for SEND caseworkers and the schools plans name. */
@RestController
@Tag(name = "EHC plans", description = "Education, health and care plans")
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/send/ehc-plans")
class EhcPlanController {

	private final EhcPlanStore store;

	private final AttendanceClient attendance;

	private final Clock clock;

	EhcPlanController(EhcPlanStore store, AttendanceClient attendance, Clock clock) {
		this.store = store;
		this.attendance = attendance;
		this.clock = clock;
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
		EhcPlanAccess.checkMayWrite(caller);
		LocalDate today = LocalDate.now(this.clock);
		EhcPlan plan = EhcPlan.fromSubmission(upn, body.status(), body.issuedDate(), body.namedSchoolUrn(),
				body.lastReviewDate(), today);
		boolean created = this.store.put(plan);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(EhcPlanView.of(plan, today, null));
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
		EhcPlanAccess.checkMayRead(caller);
		Upn pupil = Upn.parse("upn", upn);
		EhcPlan plan = EhcPlanAccess.checkMaySee(caller, this.store.find(pupil))
			.orElseThrow(() -> ProblemException.notFound("no EHC plan is held for " + pupil));
		return EhcPlanView.of(plan, LocalDate.now(this.clock),
				EhcPlanView.AttendancePart.of(this.attendance.attendanceOf(pupil)));
	}

}
