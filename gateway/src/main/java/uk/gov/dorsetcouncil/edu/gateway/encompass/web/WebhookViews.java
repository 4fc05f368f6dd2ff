package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;

/** What the webhook endpoints answer. */
final class WebhookViews {

	private WebhookViews() {
	}

	/** A school's webhook; its secret only when it was just made. */
	@Schema(name = "EncompassWebhook", description = "A school's webhook for Operation Encompass notifications")
	record Webhook(String school, String url, WebhookRegistration.Status status, Instant registeredAt,
			@Schema(nullable = true) Instant rotatedAt,
			@Schema(description = "the secret to verify signatures with (HMAC-SHA256 over timestamp.body): shown "
					+ "when registered or rotated, never again; the platform keeps no copy", nullable = true,
					example = "whsec_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") String secret,
			@Schema(description = "until when requests are signed with the secret before the last rotation too",
					nullable = true) Instant previousSecretUntil) {

		static Webhook of(WebhookRegistration registration, String secret) {
			return new Webhook(registration.school(), registration.url(), registration.status(),
					registration.registeredAt(), registration.rotatedAt(), secret, registration.previousUntil());
		}

	}

	/** A job given up on, or put back: no child's details (the inbox holds them). */
	@Schema(name = "EncompassDeadLetter",
			description = "A notification the school's system did not take: replay it once the system is mended")
	record DeadLetter(String event, String notification, String school, WebhookJob.State state, int attempts,
			@Schema(nullable = true) Instant lastAttemptAt,
			@Schema(description = "the last answer's status, or TIMEOUT or CONNECTION and why", nullable = true,
					example = "410") String lastOutcome,
			@Schema(nullable = true) Instant deadAt) {

		static DeadLetter of(WebhookJob job) {
			return new DeadLetter(job.event(), job.notification(), job.school(), job.state(), job.attempts(),
					job.lastAttemptAt(), job.lastOutcome(),
					(job.state() == WebhookJob.State.DEAD) ? job.finishedAt() : null);
		}

	}

}
