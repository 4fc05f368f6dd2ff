package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditRecord;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogVerification;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.input.DateBounds;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.QueryParameters;

/**
 * Reading the audit log: auditors of the local authority search all of it and check its
 * hash chain ({@code audit:read}); a school sees who accessed its pupils' records
 * ({@code access-log:read}), and nothing about other schools' pupils.
 */
@RestController
@Tag(name = "Audit", description = "Who received which child's data, when, why and under what agreement")
class AuditController {

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit/records")
	// Read by Callers.page, not declared one by one.
	@QueryParameters({ "page", "size", "sort" })
	@Operation(summary = "Search the audit log of every replica, newest first (scope audit:read, local authority)",
			description = "A page at a time: page from 0, size 1 to 100 (default 50); the answer holds items, page, "
					+ "size and total, and its Link header the first, previous, next and last pages.")
	Mono<ResponseEntity<Page<AuditRecordView>>> search(@RequestParam(required = false) String child,
			@RequestParam(required = false) String school, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String client, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "audit:read");
		requireLocalAuthority(caller);
		PageRequest page = Callers.page(exchange);
		AuditLog.Criteria criteria = new AuditLog.Criteria(child, school, subject, client, organisation,
				outcome(outcome), instant("from", from), instant("to", to));
		return search(criteria, page, exchange);
	}

	@GetMapping("/api/v1/audit/pupil-access")
	// Read by Callers.page, not declared one by one.
	@QueryParameters({ "page", "size", "sort" })
	@Operation(summary = "Who accessed this school's pupils' records, newest first (scope access-log:read, a school)",
			description = "Paged as the audit search is.")
	Mono<ResponseEntity<Page<AuditRecordView>>> pupilAccess(@RequestParam(required = false) String child,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "access-log:read");
		if (!caller.actsForSchool()) {
			throw ProblemException.forbidden("this view is for a school; auditors use /api/v1/audit/records");
		}
		PageRequest page = Callers.page(exchange);
		AuditLog.Criteria criteria = new AuditLog.Criteria(child, caller.organisation().id(), null, null, null, null,
				instant("from", from), instant("to", to));
		return search(criteria, page, exchange);
	}

	@GetMapping("/api/v1/audit/verify")
	@Operation(summary = "Recompute every replica's hash chain and report the first broken link (scope audit:read)",
			description = "intact, checked, firstBroken and problem are for the whole log (the first broken chain's "
					+ "link, its problem prefixed with the chain); chains has each chain: its records checked, its "
					+ "head, records past its head (a write cut short: nobody was told they were recorded) and its "
					+ "first broken link.")
	Mono<ResponseEntity<LogVerification>> verify(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, "audit:read");
		requireLocalAuthority(caller);
		return Mono.fromCallable(this.log::verify)
			.subscribeOn(Schedulers.boundedElastic())
			.map(verification -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(verification));
	}

	private Mono<ResponseEntity<Page<AuditRecordView>>> search(AuditLog.Criteria criteria, PageRequest page,
			ServerWebExchange exchange) {
		return Mono.fromCallable(() -> this.log.search(criteria, page))
			.subscribeOn(Schedulers.boundedElastic())
			.map(records -> Callers.pageAnswer(exchange, records.map(AuditController::view)));
	}

	private static void requireLocalAuthority(Caller caller) {
		if (caller.organisation().type() != Organisation.Type.LOCAL_AUTHORITY) {
			throw ProblemException.forbidden("the audit log is searched by the local authority's auditors");
		}
	}

	private static Outcome outcome(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Outcome.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalid("outcome",
					"RELEASED, PARTIAL, REFUSED, ACCEPTED or FAILED, not '" + value + "'");
		}
	}

	private static Instant instant(String field, String value) {
		return DateBounds.parseInstant(field, value);
	}

	static AuditRecordView view(AuditRecord record) {
		AuditEntry entry = record.entry();
		return new AuditRecordView(record.chain(), record.sequence(), entry.at().toString(), entry.subject(),
				entry.client(), entry.organisation(), entry.roles(), entry.action(), entry.children(), entry.schools(),
				entry.fields(), entry.purpose(), entry.agreement(), entry.outcome().name(), entry.reason(),
				record.hash());
	}

	/**
	 * One audit record: who asked for what, which children and schools it concerned, what
	 * was released and why not, with its place in its replica's hash chain.
	 */
	record AuditRecordView(String chain, long sequence, @Schema(format = "date-time") String at, String subject,
			String client, @Schema(example = "LOCAL_AUTHORITY:838") String organisation, List<String> roles,
			@Schema(example = "GET /api/v1/children/{upn}/profile") String action, List<String> children,
			List<String> schools, List<String> fields, String purpose, String agreement, @Schema(allowableValues = {
					"RELEASED", "PARTIAL", "REFUSED", "ACCEPTED", "FAILED" }) String outcome,
			String reason, String hash){

	}

}
