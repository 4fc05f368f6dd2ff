package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import uk.gov.dorsetcouncil.edu.gateway.api.Callers;
import uk.gov.dorsetcouncil.edu.gateway.encompass.EncompassParties;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/** Operation Encompass notifications (ADR 0041). */
@RestController
@Tag(name = "Operation Encompass",
		description = "Police notifications of domestic abuse incidents to a child's school before the next school day")
class EncompassController {

	static final String BASE = "/api/v1/encompass";

	private static final String PURPOSE_HEADER = "X-Dorset-Purpose";

	private static final String AGREEMENT_HEADER = "X-Dorset-Agreement";

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private final EncompassNotifications notifications;

	private final EncompassSettings settings;

	EncompassController(EncompassNotifications notifications, EncompassSettings settings) {
		this.notifications = notifications;
		this.settings = settings;
	}

	@PostMapping(BASE + "/notifications")
	@Operation(summary = "Send a notification of a domestic abuse incident a child was exposed to",
			description = "Scope encompass:notify: a police force's Operation Encompass system or officer, under a "
					+ "data-sharing agreement naming the force and the purpose OPERATION_ENCOMPASS. The platform "
					+ "matches the child on the rolls (find a child, ADR 0027) and sends the notification to the "
					+ "school's designated safeguarding lead, due before the school's next school day; a child "
					+ "home educated goes to the LA's EHE officer; one not matched confidently goes to the LA's "
					+ "queue, never to a guessed school. Idempotency-Key is required: a retry with the same key "
					+ "and the same notification answers the one held (200); with another notification 409. The "
					+ "answer says nothing of where the notification went. Body at most 16 KiB.")
	@Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
			description = "A key the sender makes once per notification and sends again with every retry",
			schema = @Schema(type = "string", maxLength = 200, example = "dp-118204-1"))
	@Parameter(name = PURPOSE_HEADER, in = ParameterIn.HEADER, required = true,
			schema = @Schema(type = "string", maxLength = 64, example = "OPERATION_ENCOMPASS"))
	@Parameter(name = AGREEMENT_HEADER, in = ParameterIn.HEADER, required = true,
			schema = @Schema(type = "string", maxLength = 64, example = "DSA-OPERATION-ENCOMPASS"))
	@ApiResponse(responseCode = "201", description = "Received and held",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
	@ApiResponse(responseCode = "200", description = "A retry: the notification already held under this key",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Receipt.class)))
	@ApiResponse(responseCode = "400",
			description = "A field or header is missing or malformed, or the body is over 16 KiB (named)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not a police sender, or its agreement does not allow it",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for another notification",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<Receipt>> send(@RequestBody NotificationBody body, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.NOTIFY);
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length > this.settings.maxBody()) {
			throw new ProblemException(Problem.INVALID_INPUT,
					"a notification is at most " + this.settings.maxBody() + " bytes; this one is " + length,
					List.of(new uk.gov.dorsetcouncil.edu.platform.problem.Violation("body",
							"at most " + this.settings.maxBody() + " bytes")));
		}
		return this.notifications
			.receive(caller, body, exchange.getRequest().getHeaders().getFirst(IdempotencyKeys.HEADER),
					Callers.headerOr(exchange, PURPOSE_HEADER, null),
					Callers.headerOr(exchange, AGREEMENT_HEADER, null))
			.map((received) -> ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.location(URI.create(BASE + "/notifications/" + received.receipt().id()))
				.cacheControl(CacheControl.noStore())
				.body(received.receipt()));
	}

	@GetMapping(BASE + "/inbox")
	@Operation(summary = "A school's notifications, newest first",
			description = "Scope encompass:read: the school's designated safeguarding lead only. Listing does not "
					+ "read a notification; opening one does. Audited with every child listed.")
	@ApiResponse(responseCode = "200", description = "The school's notifications",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = NotificationView.class))))
	@ApiResponse(responseCode = "403", description = "Not a school's DSL",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<List<NotificationView>>> inbox(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.READ);
		return this.notifications.inbox(caller).map(EncompassController::noStore);
	}

	@GetMapping(BASE + "/notifications/{id}")
	@Operation(summary = "One notification; its recipient's first read is recorded",
			description = "Scope encompass:read (the school's DSL, its own school's) or encompass:manage (the LA's "
					+ "officers). A notification the caller may not read is not found.")
	@ApiResponse(responseCode = "200", description = "The notification",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = NotificationView.class)))
	@ApiResponse(responseCode = "403", description = "The caller's role reads no notification",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "No such notification for this caller",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<NotificationView>> read(@PathVariable String id, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.READ, EncompassParties.MANAGE);
		return this.notifications.read(caller, checkedId(id)).map(EncompassController::noStore);
	}

	@PutMapping(BASE + "/notifications/{id}/acknowledgement")
	@Operation(summary = "Acknowledge a notification (its recipient): it has been acted on",
			description = "Scope encompass:read or encompass:manage; the recipient only. Idempotent: the first "
					+ "acknowledgement's time is kept.")
	@ApiResponse(responseCode = "200", description = "The notification, acknowledged",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = NotificationView.class)))
	@ApiResponse(responseCode = "403", description = "Not its recipient",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "No such notification for this caller",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "Not delivered to a recipient yet",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<NotificationView>> acknowledge(@PathVariable String id, ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.READ, EncompassParties.MANAGE);
		return this.notifications.acknowledge(caller, checkedId(id)).map(EncompassController::noStore);
	}

	@PutMapping(BASE + "/notifications/{id}/assignment")
	@Operation(summary = "Send a queued notification to the school a person found",
			description = "Scope encompass:manage: the LA's EHE/CME and inclusion officers. Only a notification in "
					+ "the queue (not matched, or matched ambiguously) is assigned; it is then due before the "
					+ "school's next school day after it was received, so a late assignment shows as late.")
	@ApiResponse(responseCode = "200", description = "The notification, delivered to the school",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = NotificationView.class)))
	@ApiResponse(responseCode = "400", description = "The school or the UPN is malformed (named)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not an LA officer",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "No such notification",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "Not in the queue",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<NotificationView>> assign(@PathVariable String id, @RequestBody AssignmentBody body,
			ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.MANAGE);
		return this.notifications.assign(caller, checkedId(id), body).map(EncompassController::noStore);
	}

	@GetMapping(BASE + "/queue")
	@Operation(summary = "The LA's notifications: those to resolve and those for the EHE officer",
			description = "Scope encompass:manage. Audited with every child listed.")
	@ApiResponse(responseCode = "200", description = "The notifications, newest first",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = NotificationView.class))))
	@ApiResponse(responseCode = "403", description = "Not an LA officer",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<List<NotificationView>>> queue(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.MANAGE);
		return this.notifications.queue(caller).map(EncompassController::noStore);
	}

	@GetMapping(BASE + "/escalations")
	@Operation(summary = "Notifications delivered to a school and unread within an hour of its school day",
			description = "Scope encompass:manage. No child's details: the id and the school, to chase.")
	@ApiResponse(responseCode = "200", description = "The notifications to chase",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = EncompassNotifications.Escalated.class))))
	@ApiResponse(responseCode = "403", description = "Not an LA officer",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<List<EncompassNotifications.Escalated>>> escalations(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.MANAGE);
		return this.notifications.escalations(caller).map(EncompassController::noStore);
	}

	@GetMapping(BASE + "/measures")
	@Operation(summary = "The share of notifications delivered and read before the school day, by school",
			description = "Scope encompass:manage. Counts the notifications due by now.")
	@ApiResponse(responseCode = "200", description = "The measure, as of now",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = EncompassNotifications.InTime.class)))
	@ApiResponse(responseCode = "403", description = "Not an LA officer",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<EncompassNotifications.InTime>> measures(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.MANAGE);
		return this.notifications.measure(caller).map(EncompassController::noStore);
	}

	private static String checkedId(String id) {
		if (!id.matches("OE-[0-9A-F]{24}")) {
			throw ProblemException.invalid("id", "a notification id is OE- and 24 hexadecimal digits");
		}
		return id;
	}

	/** A personal answer: never cached, varies with the caller. */
	static <T> ResponseEntity<T> noStore(T body) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.VARY, "Authorization")
			.body(body);
	}

}
