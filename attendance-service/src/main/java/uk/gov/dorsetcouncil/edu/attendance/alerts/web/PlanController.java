package uk.gov.dorsetcouncil.edu.attendance.alerts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.attendance.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlan;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning.ActionDetails;
import uk.gov.dorsetcouncil.edu.attendance.alerts.AttendancePlanning.PlanDetails;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.platform.web.ReleasedChild;

/** Attendance plans for severely absent pupils, one per pupil per school. */
@RestController
@Tag(name = "Attendance plans", description = "Attendance plans for severely absent pupils, one per pupil per school")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/attendance/plans")
class PlanController {

	private final AttendancePlanning planning;

	private final Clock clock;

	PlanController(AttendancePlanning planning, Clock clock) {
		this.planning = planning;
		this.clock = clock;
	}

	record ActionBody(String description, String owner, @Schema(format = "date", example = "2026-12-18") String dueDate,
			Boolean done) {
	}

	record PlanBody(String owner, List<ActionBody> actions,
			@Schema(format = "date", example = "2027-01-15") String reviewDate) {

		/** The plan as sent, unchecked, in the domain's words. */
		PlanDetails details() {
			return new PlanDetails(this.owner,
					(this.actions == null) ? null
							: this.actions.stream()
								.map((action) -> (action != null) ? new ActionDetails(action.description(),
										action.owner(), action.dueDate(), action.done()) : null)
								.toList(),
					this.reviewDate);
		}

	}

	record PlanView(String id, String urn, String upn, String owner, List<ActionBody> actions,
			@Schema(format = "date", example = "2027-01-15") String reviewDate, boolean reviewOverdue, String updatedBy,
			String updatedAt, long version) implements ReleasedChild {

		static PlanView of(AttendancePlan plan, LocalDate today) {
			return new PlanView(plan.urn() + ":" + plan.upn().value(), plan.urn(), plan.upn().value(), plan.owner(),
					plan.actions()
						.stream()
						.map((action) -> new ActionBody(action.description(), action.owner(),
								(action.dueDate() != null) ? action.dueDate().toString() : null, action.done()))
						.toList(),
					plan.reviewDate().toString(), plan.reviewOverdue(today), plan.updatedBy(),
					plan.updatedAt().toString(), plan.version());
		}

	}

	@Operation(summary = "Put a pupil's attendance plan",
			description = "Idempotent; scope casework:write, the LA, the school for its own pupils, or the locality officer for the locality's schools. 422 when the pupil is not on the roll today or the review date has passed. "
					+ "Send If-Match with the ETag a GET gave so that a change made from a version another officer has since changed is refused (412) instead of overwriting theirs; without If-Match the plan is written as before (ADR 0027). The answer's ETag is the new version's.")
	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = HttpHeaders.ETAG, description = "the plan's version, for the next If-Match",
					schema = @Schema(type = "string", example = "\"2\"")))
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "412", ref = ServiceApiDocument.PRECONDITION_FAILED)
	@ApiResponse(responseCode = "422", ref = OpenApiConfiguration.RULE_BROKEN)
	@PutMapping("/{urn}/{upn}")
	ResponseEntity<PlanView> put(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn,
			@Parameter(description = ServiceApiDocument.IF_MATCH_DESCRIPTION,
					schema = @Schema(type = "string", example = "\"1\"")) @RequestHeader(
							name = ServiceApiDocument.IF_MATCH, required = false) String ifMatch,
			@RequestBody PlanBody body) {
		return versioned(this.planning.put(caller, urn, upn, body.details(), IfMatch.parse(ifMatch)));
	}

	@Operation(summary = "Read a pupil's attendance plan",
			description = "Scope attendance:read; the LA, the school for its own pupils, or the locality officer for the locality's schools.")
	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = HttpHeaders.ETAG, description = "the plan's version, for If-Match on a PUT",
					schema = @Schema(type = "string", example = "\"1\"")))
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/{urn}/{upn}")
	ResponseEntity<PlanView> get(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn) {
		return versioned(this.planning.get(caller, urn, upn));
	}

	/** A plan with its version as a strong ETag (RFC 9110 section 8.8.3). */
	private ResponseEntity<PlanView> versioned(AttendancePlan plan) {
		return ResponseEntity.ok()
			.eTag(IfMatch.entityTag(plan.version()))
			.body(PlanView.of(plan, LocalDate.now(this.clock)));
	}

	@Operation(summary = "Delete a pupil's attendance plan",
			description = "Scope casework:write; the LA, the school for its own pupils, or the locality officer for the locality's schools.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@DeleteMapping("/{urn}/{upn}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller,
			@Parameter(description = "the school's unique reference number (URN), 6 digits") @PathVariable String urn,
			@Parameter(description = "the pupil's unique pupil number (UPN), 13 characters") @PathVariable String upn) {
		this.planning.delete(caller, urn, upn);
	}

	@Operation(summary = "A school's attendance plans, a page at a time",
			description = "Scope attendance:read; the LA, the school itself, or its locality's officer.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping
	Page<PlanView> list(Caller caller, @Parameter(description = "the school (URN)") @RequestParam String school,
			PageRequest page) {
		LocalDate today = LocalDate.now(this.clock);
		return this.planning.atSchool(caller, school, page).map((plan) -> PlanView.of(plan, today));
	}

}
