package uk.gov.dorsetcouncil.edu.pledge.commitment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.pledge.OpenApiConfiguration;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Action;
import uk.gov.dorsetcouncil.edu.pledge.commitment.ActionState;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEdit;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentVersion;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Evidence;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Fields;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Owner;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PledgeAccess;
import uk.gov.dorsetcouncil.edu.pledge.commitment.WorkingGroup;

/**
 * The pledges' commitments as versioned data, read as of any time and changed by those
 * who keep them.
 */
@RestController
@Tag(name = "Commitments",
		description = "The pledges' commitments with their owner, working group, measures, actions, evidence and status; every change kept as a version")
@ApiResponse(responseCode = "400", ref = OpenApiConfiguration.BAD_REQUEST)
@ApiResponse(responseCode = "403", ref = OpenApiConfiguration.FORBIDDEN)
@RequestMapping("/api/v1/pledges")
class CommitmentController {

	private final CommitmentEditing editing;

	CommitmentController(CommitmentEditing editing) {
		this.editing = editing;
	}

	record CommitmentsView(String asOf, List<CommitmentView> commitments) {
	}

	record ActionView(String id, String description, String owner, LocalDate due, LocalDate done,
			@Schema(description = "OPEN, OVERDUE or DONE on the day read") ActionState state) {

		static ActionView of(Action action, LocalDate day) {
			return new ActionView(action.id(), action.description(), action.owner(), action.due(), action.done(),
					action.stateOn(day));
		}

	}

	record CommitmentView(@Schema(description = "STUDENT-1 to STUDENT-10, WORKFORCE-1 to WORKFORCE-7") String key,
			String pledge, int number, long version, String title, String wording, WorkingGroup workingGroup,
			@Schema(description = "null until the working group names one") Owner owner,
			@Schema(description = "NOT_STARTED, ON_TRACK, AT_RISK or ACHIEVED, as its keepers set it") String status,
			List<Measure> measures, List<ActionView> actions, List<Evidence> evidence, String note, String recordedBy,
			Instant recordedAt) {

		static CommitmentView of(CommitmentVersion v, Instant at) {
			LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
			return new CommitmentView(v.key(), v.pledge().name(), v.number(), v.version(), v.title(), v.wording(),
					v.workingGroup(), v.owner(), v.status().name(), v.measures(),
					v.actions().stream().map(a -> ActionView.of(a, day)).toList(), v.evidence(), v.note(),
					v.recordedBy(), v.recordedAt());
		}

	}

	record VersionView(long version, String recordedBy, Instant recordedAt, String note, String status) {
	}

	@Operation(summary = "List the pledges' commitments",
			description = "Scope pledges:read, any organisation: the pledges hold no personal data and their progress is published. "
					+ "Each commitment as it stood at asOf (now when absent), with its measures, actions and evidence.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/commitments")
	CommitmentsView commitments(Caller caller,
			@Parameter(description = "STUDENT or WORKFORCE; both pledges when absent") @RequestParam(
					required = false) String pledge,
			@Parameter(description = OpenApiConfiguration.AS_OF) @RequestParam(required = false) String asOf) {
		Instant at = at(asOf);
		return new CommitmentsView(at.toString(),
				this.editing.all(caller, PledgeAccess.pledge(pledge), at)
					.stream()
					.map(v -> CommitmentView.of(v, at))
					.toList());
	}

	@Operation(summary = "Read a commitment as it stood at a time",
			description = "Scope pledges:read. The version in force at asOf (now when absent); its ETag is the version, for If-Match on a PUT.")
	@ApiResponse(responseCode = "200", description = "OK",
			headers = @Header(name = HttpHeaders.ETAG, description = "the version read",
					schema = @Schema(type = "string", example = "\"3\"")))
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/commitments/{key}")
	ResponseEntity<CommitmentView> commitment(Caller caller,
			@Parameter(description = "the commitment's key, for example STUDENT-6") @PathVariable String key,
			@Parameter(description = OpenApiConfiguration.AS_OF) @RequestParam(required = false) String asOf) {
		Instant at = at(asOf);
		CommitmentVersion version = this.editing.asOf(caller, key, at);
		return ResponseEntity.ok().eTag(IfMatch.entityTag(version.version())).body(CommitmentView.of(version, at));
	}

	@Operation(summary = "The versions of a commitment",
			description = "Scope pledges:read. Every version, oldest first: who wrote it, when, and what it said of itself.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@GetMapping("/commitments/{key}/versions")
	List<VersionView> versions(Caller caller,
			@Parameter(description = "the commitment's key, for example STUDENT-6") @PathVariable String key) {
		return this.editing.versions(caller, key)
			.stream()
			.map(v -> new VersionView(v.version(), v.recordedBy(), v.recordedAt(), v.note(), v.status().name()))
			.toList();
	}

	@Operation(summary = "Change a commitment",
			description = "Scope pledges:write, and only by those who keep the commitment: its named owner (the token's subject) "
					+ "or a member of its working group (the role PLEDGE_WORKING_GROUP:<code>); only the working group names or "
					+ "changes the owner. The body is the whole of what they keep: status, owner, measures (each with a definition, "
					+ "a source, a unit, a target in that unit, a direction and a frequency), actions and evidence. Written as the "
					+ "next version; the same content again writes nothing. Refused with every wrong field named and nothing "
					+ "stored: a measure without a source, a target outside its unit, an unknown query, a link that is not https. "
					+ ServiceApiDocument.IF_MATCH_DESCRIPTION)
	@ApiResponse(responseCode = "200", description = "The version now in force",
			headers = @Header(name = HttpHeaders.ETAG, description = "the version now in force",
					schema = @Schema(type = "string", example = "\"4\"")))
	@ApiResponse(responseCode = "404", ref = OpenApiConfiguration.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = OpenApiConfiguration.CONFLICT)
	@ApiResponse(responseCode = "412", ref = OpenApiConfiguration.PRECONDITION_FAILED)
	@PutMapping("/commitments/{key}")
	ResponseEntity<CommitmentView> edit(Caller caller,
			@Parameter(description = "the commitment's key, for example STUDENT-6") @PathVariable String key,
			@Parameter(description = ServiceApiDocument.IF_MATCH_DESCRIPTION,
					schema = @Schema(type = "string", example = "\"3\"")) @RequestHeader(
							name = ServiceApiDocument.IF_MATCH, required = false) String ifMatch,
			@RequestBody CommitmentEdit body) {
		CommitmentVersion version = this.editing.edit(caller, key, body, IfMatch.parse(ifMatch));
		return ResponseEntity.ok()
			.eTag(IfMatch.entityTag(version.version()))
			.body(CommitmentView.of(version, this.editing.now()));
	}

	private Instant at(String asOf) {
		return (asOf == null) ? this.editing.now() : Fields.instant("asOf", asOf);
	}

}
