package uk.gov.dorsetcouncil.edu.gateway.agreement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.access.DataItem;
import uk.gov.dorsetcouncil.edu.gateway.agreement.Agreement;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementStatus;
import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.WriteAudit;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.openapi.ServiceApiDocument;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.versions.IfMatch;
import uk.gov.dorsetcouncil.edu.platform.web.QueryParameters;

/**
 * Managing data-sharing agreements: the local authority (the data controller for these
 * records) only, {@code agreements:write} to change and {@code agreements:read} to read.
 * A change takes effect on the next request; a revoked agreement cannot be reinstated (a
 * new agreement is made instead), so a revocation is never undone by mistake.
 */
@RestController
@Tag(name = "Data-sharing agreements",
		description = "Agreements as data: parties, purposes, lawful basis, items, " + "dates, status")
class AgreementController {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final AgreementStore store;

	private final Clock clock;

	AgreementController(AgreementStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@GetMapping("/api/v1/agreements")
	// Read by Callers.page, not declared one by one.
	@QueryParameters({ "page", "size", "sort" })
	@Operation(summary = "List agreements, a page at a time, by id (scope agreements:read, local authority)",
			description = "page from 0, size 1 to 100 (default 50); the answer holds items, page, size and total, "
					+ "and its Link header the first, previous, next and last pages.")
	Mono<ResponseEntity<Page<AgreementView>>> list(ServerWebExchange exchange) {
		checkLocalAuthority(exchange, "agreements:read", "agreements:write");
		PageRequest page = Callers.page(exchange);
		return blocking(() -> this.store.page(page).map(AgreementController::view))
			.map(found -> Callers.pageAnswer(exchange, found));
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(summary = "One agreement (scope agreements:read, local authority)",
			description = "The ETag header is the agreement's version: send it as If-Match with a change.")
	@ApiResponse(responseCode = "200", description = "The agreement",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)),
			headers = @Header(name = HttpHeaders.ETAG, description = "the agreement's version, for If-Match",
					schema = @Schema(type = "string", example = "\"1\"")))
	Mono<ResponseEntity<AgreementView>> get(@PathVariable String id, ServerWebExchange exchange) {
		checkLocalAuthority(exchange, "agreements:read", "agreements:write");
		return blocking(() -> this.store.findHeld(id)
			.map((held) -> versioned(HttpStatus.OK, held.version(), held.agreement()))
			.orElseThrow(() -> ProblemException.notFound("no agreement " + id + " is held")));
	}

	@PutMapping("/api/v1/agreements/{id}")
	@Operation(summary = "Make or replace an agreement (scope agreements:write, local authority)",
			description = "Idempotent: the same body twice gives the same state. A new or replaced agreement is ACTIVE; "
					+ "a revoked one cannot be replaced (409). Send If-Match with the ETag a GET gave so that a change "
					+ "made from a version someone has since changed is refused (412); without it the agreement is "
					+ "written as before (ADR 0027). The answer's ETag is the new version's.")
	@ApiResponse(responseCode = "200", description = "Replaced",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)),
			headers = @Header(name = HttpHeaders.ETAG, description = "the agreement's new version",
					schema = @Schema(type = "string", example = "\"2\"")))
	@ApiResponse(responseCode = "201", description = "Made",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)),
			headers = @Header(name = HttpHeaders.ETAG, description = "the agreement's first version",
					schema = @Schema(type = "string", example = "\"1\"")))
	@ApiResponse(responseCode = "412", ref = ServiceApiDocument.PRECONDITION_FAILED)
	Mono<ResponseEntity<AgreementView>> put(@PathVariable String id, @RequestBody AgreementSubmission body,
			@Parameter(description = ServiceApiDocument.IF_MATCH_DESCRIPTION,
					schema = @Schema(type = "string", example = "\"1\"")) @RequestHeader(
							name = ServiceApiDocument.IF_MATCH, required = false) String ifMatch,
			ServerWebExchange exchange) {
		checkLocalAuthority(exchange, "agreements:write");
		Agreement agreement = body.agreement(id, LocalDate.now(this.clock.withZone(ENGLAND)));
		IfMatch precondition = IfMatch.parse(ifMatch);
		return blocking(() -> {
			Agreement before = this.store.find(id).orElse(null);
			if (before != null && before.status() == AgreementStatus.REVOKED) {
				throw new ProblemException(Problem.CONFLICT,
						"agreement " + id + " was revoked and cannot be replaced; make a new agreement");
			}
			AgreementStore.Written written = this.store.put(agreement, precondition);
			exchange.getAttributes()
				.put(WriteAudit.CHANGE, (written.created() ? "created: " : "replaced (was " + summary(before) + "): ")
						+ summary(agreement));
			return versioned(written.created() ? HttpStatus.CREATED : HttpStatus.OK, written.version(), agreement);
		});
	}

	@PutMapping("/api/v1/agreements/{id}/status")
	@Operation(summary = "Suspend, reinstate or revoke an agreement (scope agreements:write, local authority)",
			description = "Takes effect on the next request. REVOKED is final. If-Match as for a replacement: a "
					+ "status change made from a version someone has since changed is refused (412).")
	@ApiResponse(responseCode = "200", description = "Changed",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AgreementView.class)),
			headers = @Header(name = HttpHeaders.ETAG, description = "the agreement's new version",
					schema = @Schema(type = "string", example = "\"2\"")))
	@ApiResponse(responseCode = "412", ref = ServiceApiDocument.PRECONDITION_FAILED)
	Mono<ResponseEntity<AgreementView>> status(@PathVariable String id, @RequestBody StatusChange body,
			@Parameter(description = ServiceApiDocument.IF_MATCH_DESCRIPTION,
					schema = @Schema(type = "string", example = "\"1\"")) @RequestHeader(
							name = ServiceApiDocument.IF_MATCH, required = false) String ifMatch,
			ServerWebExchange exchange) {
		checkLocalAuthority(exchange, "agreements:write");
		AgreementStatus status = body.checked();
		IfMatch precondition = IfMatch.parse(ifMatch);
		return blocking(() -> {
			Agreement held = this.store.find(id)
				.orElseThrow(() -> ProblemException.notFound("no agreement " + id + " is held"));
			if (held.status() == AgreementStatus.REVOKED && status != AgreementStatus.REVOKED) {
				throw new ProblemException(Problem.CONFLICT, "agreement " + id + " was revoked; that is final");
			}
			Agreement changed = held.withStatus(status, (status == AgreementStatus.ACTIVE) ? "" : body.reason());
			AgreementStore.Written written = this.store.put(changed, precondition);
			exchange.getAttributes()
				.put(WriteAudit.CHANGE, "status " + held.status() + " -> " + status
						+ ((status == AgreementStatus.ACTIVE) ? "" : ": " + body.reason()));
			return versioned(HttpStatus.OK, written.version(), changed);
		});
	}

	/** An agreement in one line, for the audit record of a change to it. */
	static String summary(Agreement agreement) {
		if (agreement == null) {
			return "nothing";
		}
		return "parties " + String.join(" ", agreement.parties().stream().sorted().toList()) + "; purposes "
				+ String.join(" ", agreement.purposes().stream().sorted().toList()) + "; items "
				+ String.join(" ", agreement.dataItems().stream().map(DataItem::name).sorted().toList()) + "; "
				+ agreement.start() + " to " + agreement.expiry() + "; " + agreement.status();
	}

	private static AgreementStatus parseStatus(String value) {
		try {
			return AgreementStatus.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("status",
					"the status is ACTIVE, SUSPENDED or REVOKED, not " + Agreement.quoted(value));
		}
	}

	private static void checkLocalAuthority(ServerWebExchange exchange, String... scopes) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, scopes);
		if (caller.organisation().type() != Organisation.Type.LOCAL_AUTHORITY) {
			throw ProblemException.forbidden("only the local authority manages data-sharing agreements");
		}
	}

	private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * An agreement with its version as a strong ETag (RFC 9110 section 8.8.3), never
	 * cached.
	 */
	private static ResponseEntity<AgreementView> versioned(HttpStatus status, long version, Agreement agreement) {
		return ResponseEntity.status(status)
			.cacheControl(CacheControl.noStore())
			.eTag(IfMatch.entityTag(version))
			.body(view(agreement));
	}

	static AgreementView view(Agreement agreement) {
		return new AgreementView(agreement.id(), agreement.title(), agreement.parties().stream().sorted().toList(),
				agreement.purposes().stream().sorted().toList(), agreement.lawfulBasis(),
				agreement.dataItems().stream().map(DataItem::name).sorted().toList(), agreement.start().toString(),
				agreement.expiry().toString(), agreement.status().name(), agreement.statusReason());
	}

	/** A data-sharing agreement as the API shows it. */
	record AgreementView(@Schema(example = "DSA-OPERATION-ENCOMPASS") String id, String title,
			@Schema(example = "[\"POLICE:DORSET\"]") List<String> parties,
			@Schema(example = "[\"OPERATION_ENCOMPASS\"]") List<String> purposes, String lawfulBasis,
			@Schema(example = "[\"ATTENDANCE\"]") List<String> dataItems, @Schema(format = "date") String start,
			@Schema(format = "date") String expiry, @Schema(allowableValues = {
					"ACTIVE", "SUSPENDED", "REVOKED" }) String status,
			@Schema(description = "why it was suspended or revoked; empty when active") String statusReason){

	}

	/** The body of {@code PUT /api/v1/agreements/{id}}. */
	record AgreementSubmission(String title, List<String> parties, List<String> purposes, String lawfulBasis,
			List<String> dataItems, String start, String expiry) {

		/**
		 * The agreement this body makes under {@code id}, every field checked.
		 * @throws ProblemException (invalid input) naming each field that is wrong
		 */
		Agreement agreement(String id, LocalDate today) {
			return Agreement.fromSubmission(id, this.title, this.parties, this.purposes, this.lawfulBasis,
					this.dataItems, this.start, this.expiry, today);
		}

	}

	/** The body of {@code PUT /api/v1/agreements/{id}/status}. */
	record StatusChange(String status, String reason) {

		/**
		 * The status asked for, with its reason checked.
		 * @throws ProblemException (invalid input) naming {@code status} or
		 * {@code reason}
		 */
		AgreementStatus checked() {
			AgreementStatus parsed = parseStatus(this.status);
			Agreement.checkStatusReason(parsed, this.reason);
			return parsed;
		}

	}

}
