package uk.gov.dorsetcouncil.edu.gateway.changes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.changes.client.ChangesSince.Changes;
import uk.gov.dorsetcouncil.edu.gateway.changes.client.ChangesSince;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * "Changes since": a partner system keeps its copy in step without reading everything
 * again.
 */
@RestController
@Tag(name = "Changes", description = "What changed since a partner last asked, deletions included (ADR 0023)")
class ChangesController {

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final ChangesSince changes;

	ChangesController(ChangesSince changes) {
		this.changes = changes;
	}

	@GetMapping("/api/v1/changes")
	@Operation(summary = "Changes since a cursor: pupils joining and leaving rolls, amended marks, school closures",
			description = "Scope attendance:read. The entries of attendance's change feed after `after`, in order, "
					+ "those the caller may read: the entity types its role reads (schools and LA officers; see "
					+ "docs/security.md) and the organisations it acts for (a school its own, the LA the county). "
					+ "A pupil leaving a roll is a DELETED enrolment carrying the leaving date, the deletion ground "
					+ "and the destination. Keep `nextAfter` as the cursor for the next call (it moves past entries "
					+ "the caller may not see); `lag` is how many entries the feed holds beyond it. A 410 means the "
					+ "cursor is older than the feed's retention (7 days) or beyond its end: read what is true now "
					+ "and continue from `latest`. Every answer is audited with the children it names.")
	@ApiResponse(responseCode = "200", description = "The entries after the cursor",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Changes.class)))
	@ApiResponse(responseCode = "400", description = "`after`, `limit` or `entity` is not valid; the problem names it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "The caller's role reads no change feed, or not these entities",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "410",
			description = "The cursor is older than the retention or beyond the end: resynchronise",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "503", description = "The attendance service could not be asked",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<Changes>> changes(
			@Parameter(description = "the last sequence the caller applied; 0 (the default) before its first",
					schema = @Schema(type = "integer", format = "int64", minimum = "0",
							defaultValue = "0")) @RequestParam(required = false) String after,
			@Parameter(description = "entries to read at most",
					schema = @Schema(type = "integer", minimum = "1", maximum = "1000",
							defaultValue = "100")) @RequestParam(required = false) String limit,
			@Parameter(description = "only these entity types, comma-separated; all the caller reads when absent",
					schema = @Schema(type = "string", example = "enrolment,register-mark")) @RequestParam(
							required = false) String entity,
			ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "attendance:read");
		return this.changes.read(caller, after, limit, entity)
			.map((answer) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer));
	}

}
