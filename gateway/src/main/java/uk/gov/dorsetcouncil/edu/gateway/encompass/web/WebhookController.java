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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/**
 * Schools' webhooks for Operation Encompass notifications and their dead letters (ADR
 * 0045).
 */
@RestController
@Tag(name = "Operation Encompass webhooks",
		description = "A school's own system told of each notification by a signed POST, retried, with dead letters "
				+ "a person replays")
class WebhookController {

	static final String BASE = EncompassController.BASE + "/webhooks";

	private static final String PROBLEM = "application/problem+json";

	private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

	private static final String SIGNING = " Each notification delivered to the school's inbox is also POSTed to the URL "
			+ "as JSON {id, type, deliveredAt, notification} with headers X-Dorset-Event-Id, X-Dorset-Timestamp "
			+ "(seconds) and X-Dorset-Signature (v1=hex HMAC-SHA256 of timestamp.body with the secret); at least "
			+ "once, so the receiver drops an event id it has seen.";

	private final EncompassWebhooks webhooks;

	WebhookController(EncompassWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping(BASE)
	@Operation(summary = "Register a school's webhook; its secret is shown in this answer only",
			description = "Scope encompass:read (the school's DSL, its own school) or encompass:manage (the LA's "
					+ "inclusion officer). Idempotency-Key is required: a retry with the same key and body answers "
					+ "the same webhook and secret (200); a school with a webhook already, or the key with another "
					+ "body, 409." + SIGNING)
	@Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
			description = "A key the caller makes once per registration and sends again with every retry",
			schema = @Schema(type = "string", maxLength = 200, example = "wh-991001-1"))
	@ApiResponse(responseCode = "201", description = "Registered, with its secret",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.Webhook.class)))
	@ApiResponse(responseCode = "200", description = "A retry: the webhook registered under this key, with its secret",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.Webhook.class)))
	@ApiResponse(responseCode = "400", description = "A field or header is missing or malformed (named)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not the school's DSL nor the LA's inclusion officer",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "The school has a webhook, or the key was used for another",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<WebhookViews.Webhook>> register(@RequestBody WebhookBody body, ServerWebExchange exchange) {
		Caller caller = keeper(exchange);
		return this.webhooks.register(caller, body, exchange.getRequest().getHeaders().getFirst(IdempotencyKeys.HEADER))
			.map((registered) -> ResponseEntity.status(registered.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.location(URI.create(BASE + "/" + registered.webhook().school()))
				.cacheControl(CacheControl.noStore())
				.body(registered.webhook()));
	}

	@GetMapping(BASE + "/{school}")
	@Operation(summary = "A school's webhook, without its secret",
			description = "Scope encompass:read (its DSL) or encompass:manage (the LA's inclusion officer).")
	@ApiResponse(responseCode = "200", description = "The webhook",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.Webhook.class)))
	@ApiResponse(responseCode = "400", description = "The URN is malformed",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not its keeper",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "The school has no webhook",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<WebhookViews.Webhook>> read(@PathVariable String school, ServerWebExchange exchange) {
		return this.webhooks.read(keeper(exchange), school).map(EncompassController::noStore);
	}

	@PostMapping(BASE + "/{school}/secret")
	@Operation(summary = "Rotate a school's secret; the new one is shown in this answer only",
			description = "Scope encompass:read (its DSL) or encompass:manage (the LA's inclusion officer). The old "
					+ "secret still signs, beside the new, for dorset.encompass.webhooks.secret-grace (24 hours), so "
					+ "the school can change its receiver without losing a notification. Idempotency-Key is "
					+ "required: a retry answers the secret the first request made.")
	@Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, required = true,
			schema = @Schema(type = "string", maxLength = 200, example = "wh-991001-rotate-2"))
	@ApiResponse(responseCode = "200", description = "The webhook, with its new secret",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.Webhook.class)))
	@ApiResponse(responseCode = "400", description = "The URN or the key is malformed",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not its keeper",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "The school has no webhook",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<WebhookViews.Webhook>> rotate(@PathVariable String school, ServerWebExchange exchange) {
		return this.webhooks
			.rotate(keeper(exchange), school, exchange.getRequest().getHeaders().getFirst(IdempotencyKeys.HEADER))
			.map(EncompassController::noStore);
	}

	@PutMapping(BASE + "/{school}/status")
	@Operation(summary = "Pause or resume a school's webhook",
			description = "Scope encompass:read (its DSL) or encompass:manage (the LA's inclusion officer). While "
					+ "paused, notifications still reach the inbox; those queued for the school's system wait and are "
					+ "sent when it is resumed.")
	@ApiResponse(responseCode = "200", description = "The webhook",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.Webhook.class)))
	@ApiResponse(responseCode = "400", description = "The status or the URN is malformed (named)",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not its keeper",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "The school has no webhook",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<WebhookViews.Webhook>> status(@PathVariable String school,
			@RequestBody WebhookBody.StatusBody body, ServerWebExchange exchange) {
		return this.webhooks.status(keeper(exchange), school, body).map(EncompassController::noStore);
	}

	@DeleteMapping(BASE + "/{school}")
	@Operation(summary = "Delete a school's webhook",
			description = "Scope encompass:read (its DSL) or encompass:manage (the LA's inclusion officer). Jobs not "
					+ "yet sent are given up; the inbox holds every notification.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "403", description = "Not its keeper",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "The school has no webhook",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<Void>> delete(@PathVariable String school, ServerWebExchange exchange) {
		return this.webhooks.delete(keeper(exchange), school).thenReturn(ResponseEntity.noContent().build());
	}

	@GetMapping(BASE + "/dead-letters")
	@Operation(summary = "Deliveries to schools' systems given up on, oldest first",
			description = "Scope encompass:manage (the LA's inclusion officer: every school's) or encompass:read (a "
					+ "school's DSL: its own). A job is given up after dorset.encompass.webhooks.max-attempts "
					+ "attempts (6) or at once on an answer that will not pass by itself (a 4xx other than 408 and "
					+ "429, a redirect). No child's details: the inbox holds the notification.")
	@ApiResponse(responseCode = "200", description = "The dead letters",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = WebhookViews.DeadLetter.class))))
	@ApiResponse(responseCode = "403", description = "Not a keeper of webhooks",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<List<WebhookViews.DeadLetter>>> deadLetters(ServerWebExchange exchange) {
		return this.webhooks.deadLetters(keeper(exchange)).map(EncompassController::noStore);
	}

	@PostMapping(BASE + "/dead-letters/{event}/replay")
	@Operation(summary = "Send a dead letter again, from its first attempt",
			description = "Scope encompass:manage or encompass:read, for a school the caller keeps. The event id "
					+ "stays the same, so a system that took it after all drops it.")
	@ApiResponse(responseCode = "202", description = "Queued again, due now",
			content = @Content(mediaType = "application/json",
					schema = @Schema(implementation = WebhookViews.DeadLetter.class)))
	@ApiResponse(responseCode = "400", description = "The event id is malformed",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "403", description = "Not a keeper of webhooks",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "404", description = "No such delivery for this caller",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	@ApiResponse(responseCode = "409", description = "Not a dead letter",
			content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
	Mono<ResponseEntity<WebhookViews.DeadLetter>> replay(@PathVariable String event, ServerWebExchange exchange) {
		return this.webhooks.replay(keeper(exchange), event)
			.map((letter) -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.cacheControl(CacheControl.noStore())
				.body(letter));
	}

	private static Caller keeper(ServerWebExchange exchange) {
		Caller caller = Callers.of(exchange);
		Callers.requireScope(caller, EncompassParties.READ, EncompassParties.MANAGE);
		return caller;
	}

}
