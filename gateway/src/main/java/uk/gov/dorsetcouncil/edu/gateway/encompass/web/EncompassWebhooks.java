package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.encompass.EncompassParties;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSecrets;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookQueue;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Schools' webhooks kept by their DSL or the LA's inclusion officer, and the dead letters
 * of their deliveries (ADR 0045). Who first (403), then the key and the body (400 naming
 * each field), then the school's (a DSL keeps only its own: 403).
 */
class EncompassWebhooks {

	static final String NOT_A_KEEPER = "your role keeps no school's webhook (a school's designated safeguarding lead "
			+ "its own, or the LA's inclusion officer)";

	private final WebhookStore webhooks;

	private final WebhookQueue queue;

	private final WebhookSecrets secrets;

	private final boolean allowHttpLoopback;

	private final Duration secretGrace;

	private final Clock clock;

	EncompassWebhooks(WebhookStore webhooks, WebhookQueue queue, WebhookSecrets secrets, boolean allowHttpLoopback,
			Duration secretGrace, Clock clock) {
		this.webhooks = webhooks;
		this.queue = queue;
		this.secrets = secrets;
		this.allowHttpLoopback = allowHttpLoopback;
		this.secretGrace = secretGrace;
		this.clock = clock;
	}

	/** What registering answered: the webhook with its secret, and whether it is new. */
	record Registered(WebhookViews.Webhook webhook, boolean created) {
	}

	/**
	 * Registers a school's webhook with a new secret, once per Idempotency-Key: a retry
	 * with the same key and body answers the same webhook and secret (200), so a lost
	 * answer does not lose the secret; another body with that key, or a school that has a
	 * webhook already, 409.
	 */
	Mono<Registered> register(Caller caller, WebhookBody body, String key) {
		EncompassParties.Reader keeper = keeper(caller);
		String checkedKey = IdempotencyKeys.checkKey(key);
		if (body == null) {
			throw ProblemException.invalid("body", "required: {\"school\": ..., \"url\": ...}");
		}
		WebhookBody.Checked asked = body.checked(this.allowHttpLoopback);
		requireKeeps(keeper, asked.school());
		String fingerprint = fingerprint(asked);
		return EncompassNotifications.blocking(() -> {
			WebhookRegistration fresh = new WebhookRegistration(asked.school(), asked.url(), asked.status(),
					WebhookSecrets.newSalt(), null, null, checkedKey, fingerprint, this.clock.instant(), null);
			WebhookStore.Registered held = this.webhooks.register(fresh);
			WebhookRegistration registration = held.registration();
			if (!held.created()
					&& !(checkedKey.equals(registration.key()) && fingerprint.equals(registration.fingerprint()))) {
				throw new ProblemException(Problem.CONFLICT,
						checkedKey.equals(registration.key())
								? "the Idempotency-Key " + checkedKey + " was used for another webhook; use a new key"
								: "school " + asked.school() + " has a webhook already: rotate its secret, pause it or "
										+ "delete it");
			}
			return new Registered(WebhookViews.Webhook.of(registration, secret(registration)), held.created());
		});
	}

	/** A school's webhook, without its secret. */
	Mono<WebhookViews.Webhook> read(Caller caller, String school) {
		requireKeeps(keeper(caller), checkedSchool(school));
		return EncompassNotifications.blocking(() -> WebhookViews.Webhook.of(held(school), null));
	}

	/**
	 * A new secret; the old one still signs, beside it, for the grace period. Once per
	 * Idempotency-Key: a retry answers the secret the first made.
	 */
	Mono<WebhookViews.Webhook> rotate(Caller caller, String school, String key) {
		requireKeeps(keeper(caller), checkedSchool(school));
		String checkedKey = IdempotencyKeys.checkKey(key);
		return EncompassNotifications.blocking(() -> {
			WebhookRegistration read = held(school);
			if (checkedKey.equals(read.key())) {
				return WebhookViews.Webhook.of(read, secret(read));
			}
			Instant now = this.clock.instant();
			WebhookRegistration rotated = this.webhooks
				.rotate(read, WebhookSecrets.newSalt(), checkedKey, now, now.plus(this.secretGrace))
				.orElseThrow(() -> new ProblemException(Problem.CONFLICT, "school " + school
						+ "'s secret was rotated by another request at the same time; send it again"));
			return WebhookViews.Webhook.of(rotated, secret(rotated));
		});
	}

	/** Pauses or resumes a school's webhook. */
	Mono<WebhookViews.Webhook> status(Caller caller, String school, WebhookBody.StatusBody body) {
		requireKeeps(keeper(caller), checkedSchool(school));
		if (body == null) {
			throw ProblemException.invalid("status", "required: ACTIVE or PAUSED");
		}
		WebhookRegistration.Status status = body.checked();
		return EncompassNotifications.blocking(
				() -> WebhookViews.Webhook.of(
						this.webhooks.status(school, status)
							.orElseThrow(() -> ProblemException.notFound("school " + school + " has no webhook")),
						null));
	}

	/**
	 * Deletes a school's webhook: its jobs not yet sent are given up (the inbox holds
	 * them).
	 */
	Mono<Void> delete(Caller caller, String school) {
		requireKeeps(keeper(caller), checkedSchool(school));
		return EncompassNotifications.blocking(() -> {
			if (!this.webhooks.delete(school)) {
				throw ProblemException.notFound("school " + school + " has no webhook");
			}
			return Boolean.TRUE;
		}).then();
	}

	/** The dead letters: the LA's inclusion officer all, a school's DSL its own. */
	Mono<List<WebhookViews.DeadLetter>> deadLetters(Caller caller) {
		EncompassParties.Reader keeper = keeper(caller);
		String school = (keeper instanceof EncompassParties.Reader.SchoolDsl dsl) ? dsl.urn() : null;
		return EncompassNotifications
			.blocking(() -> this.queue.deadLetters(school).stream().map(WebhookViews.DeadLetter::of).toList());
	}

	/** Puts a dead letter back in the queue, due now, its attempts renewed. */
	Mono<WebhookViews.DeadLetter> replay(Caller caller, String event) {
		EncompassParties.Reader keeper = keeper(caller);
		if (event == null || !event.matches("EV-[0-9A-F]{24}")) {
			throw ProblemException.invalid("event", "an event id is EV- and 24 hexadecimal digits");
		}
		return EncompassNotifications.blocking(() -> {
			WebhookJob job = this.queue.find(event)
				.filter((found) -> EncompassParties.keepsWebhookOf(keeper, found.school()))
				.orElseThrow(() -> ProblemException.notFound("no delivery " + event + " is held for you"));
			if (!this.queue.replay(event, this.clock.instant())) {
				throw new ProblemException(Problem.CONFLICT,
						"delivery " + event + " is not a dead letter: it is " + job.state());
			}
			return WebhookViews.DeadLetter.of(this.queue.find(event).orElseThrow());
		});
	}

	private WebhookRegistration held(String school) {
		return this.webhooks.find(school)
			.orElseThrow(() -> ProblemException.notFound("school " + school + " has no webhook"));
	}

	private String secret(WebhookRegistration registration) {
		return this.secrets.secret(registration.school(), registration.salt());
	}

	private static EncompassParties.Reader keeper(Caller caller) {
		return EncompassParties.webhookKeeper(caller).orElseThrow(() -> ProblemException.forbidden(NOT_A_KEEPER));
	}

	private static void requireKeeps(EncompassParties.Reader keeper, String school) {
		if (!EncompassParties.keepsWebhookOf(keeper, school)) {
			throw ProblemException.forbidden("a school's designated safeguarding lead keeps its own school's webhook");
		}
	}

	private static String checkedSchool(String school) {
		SchoolIdentifiers.urnProblem(school).ifPresent((problem) -> {
			throw ProblemException.invalid("school", problem);
		});
		return school;
	}

	private static String fingerprint(WebhookBody.Checked asked) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((asked.school() + "\n" + asked.url() + "\n" + asked.status()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
