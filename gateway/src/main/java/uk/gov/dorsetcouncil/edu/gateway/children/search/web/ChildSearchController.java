package uk.gov.dorsetcouncil.edu.gateway.children.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildCandidates;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/** Find a child by name, date of birth, postcode or NHS number (ADR 0027). */
@RestController
@Tag(name = "Find a child", description = "Candidates for one child from what a partner knows, never a list")
class ChildSearchController {

	static final String PATH = "/api/v1/children/search";

	private static final String PURPOSE_HEADER = "X-Dorset-Purpose";

	private static final String AGREEMENT_HEADER = "X-Dorset-Agreement";

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final FindChild search;

	ChildSearchController(FindChild search) {
		this.search = search;
	}

	@PostMapping(PATH)
	@Operation(summary = "Find a child: candidates with a match score and the fields that matched",
			description = "Scope profile:read. The LA's inclusion, EHE/CME and SEND officers name a purpose; police "
					+ "and NHS partners name a purpose and the data-sharing agreement they act under; other roles "
					+ "are refused (docs/security.md). A search names a family name and a date of birth, or an NHS "
					+ "number, at least; a weaker one is refused naming what is missing. The answer holds at most "
					+ "5 candidates scoring at least 60 of 100, best first: each child's UPN, name, date of birth "
					+ "and the schools whose rolls they are on today, nothing else. Names are compared without "
					+ "case, accents or hyphens, by Jaro-Winkler similarity and common short forms; a date of "
					+ "birth with day and month swapped and a postcode in the same sector score less (ADR 0027). "
					+ "POST, so that no personal data is in a URL. Every answer is audited with the purpose, the "
					+ "agreement and every child released.")
	@Parameter(name = PURPOSE_HEADER, in = ParameterIn.HEADER,
			description = "The purpose of the search (required), e.g. CHILDREN_MISSING_EDUCATION",
			schema = @Schema(type = "string", maxLength = 64, example = "OPERATION_ENCOMPASS"))
	@Parameter(name = AGREEMENT_HEADER, in = ParameterIn.HEADER,
			description = "The data-sharing agreement acted under (required for partners)",
			schema = @Schema(type = "string", maxLength = 64, example = "DSA-OPERATION-ENCOMPASS"))
	@ApiResponse(responseCode = "200", description = "The candidates, best first (none when no child is close enough)",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = ChildCandidates.class)))
	@ApiResponse(responseCode = "400",
			description = "A field is malformed, the search is too weak (the problem names what is missing), or the "
					+ "purpose is not named",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403",
			description = "The caller's role does not search for children, or its agreement does not allow it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "503", description = "The attendance service could not be asked",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<ChildCandidates>> search(@RequestBody ChildSearchBody body, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "profile:read");
		return this.search
			.search(caller, body, Callers.headerOr(exchange, PURPOSE_HEADER, body.purpose()),
					Callers.headerOr(exchange, AGREEMENT_HEADER, body.agreement()))
			.map((answer) -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer));
	}

}
