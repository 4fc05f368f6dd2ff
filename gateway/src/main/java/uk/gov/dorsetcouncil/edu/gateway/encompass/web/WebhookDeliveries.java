package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.encompass.DeliveryState;
import uk.gov.dorsetcouncil.edu.gateway.encompass.EncompassParties;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRetry;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSecrets;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSignature;
import uk.gov.dorsetcouncil.edu.gateway.encompass.http.WebhookSender;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookQueue;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

/**
 * The worker that sends queued notifications to schools' webhooks (ADR 0045): it claims
 * each job due (a lease, so no other replica sends it at the same time), records the
 * release in the audit chain, signs and sends it, and records what came of it: delivered,
 * tried again after a backoff, or a dead letter. At least once: a worker that dies after
 * sending and before recording leaves the job to be sent again when its lease expires,
 * under the same event id. Blocking: run off the event loop, never in a request.
 */
class WebhookDeliveries {

	static final String EVENT_TYPE = "encompass.notification.delivered";

	private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

	private static final Caller SENDER = Caller.service("gateway", Set.of());

	private final WebhookQueue queue;

	private final WebhookStore webhooks;

	private final WebhookSecrets secrets;

	private final WebhookSender sender;

	private final Auditor auditor;

	private final Clock clock;

	private final WebhookSettings settings;

	WebhookDeliveries(WebhookQueue queue, WebhookStore webhooks, WebhookSecrets secrets, WebhookSender sender,
			Auditor auditor, Clock clock, WebhookSettings settings) {
		this.queue = queue;
		this.webhooks = webhooks;
		this.secrets = secrets;
		this.sender = sender;
		this.auditor = auditor;
		this.clock = clock;
		this.settings = settings;
	}

	/** What a school's system receives: the notification as the inbox shows it. */
	@Schema(name = "EncompassWebhookEvent")
	record Event(String id, String type, Instant deliveredAt, NotificationView notification) {
	}

	/**
	 * Sends the jobs due now, up to the batch.
	 * @return how many were claimed
	 */
	int deliverDue() {
		int claimed = 0;
		while (claimed < this.settings.batch()) {
			Optional<WebhookQueue.Claimed> job = this.queue.claim(this.clock.instant(), this.settings.lease());
			if (job.isEmpty()) {
				break;
			}
			claimed++;
			deliver(job.get());
		}
		return claimed;
	}

	private void deliver(WebhookQueue.Claimed claimed) {
		WebhookJob job = claimed.job();
		Optional<WebhookRegistration> webhook = this.webhooks.find(job.school());
		Instant now = this.clock.instant();
		if (webhook.isEmpty()) {
			this.queue.finish(claimed, WebhookJob.State.CANCELLED, null, "WEBHOOK_DELETED", now);
			return;
		}
		if (webhook.get().status() == WebhookRegistration.Status.PAUSED) {
			this.queue.holdUntil(claimed, now.plus(this.settings.pausedRecheck()), "WEBHOOK_PAUSED");
			return;
		}
		WebhookRegistration registration = webhook.get();
		Notification notification = claimed.notification();
		byte[] body = body(job, notification);
		long timestamp = now.getEpochSecond();
		List<String> keys = registration.saltsInUse(now)
			.stream()
			.map((salt) -> this.secrets.secret(registration.school(), salt))
			.toList();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(WebhookSignature.EVENT_HEADER, job.event());
		headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp));
		headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.header(keys, timestamp, body));
		// The same release as the inbox's, by another way: in the chain before it leaves.
		this.auditor
			.recordThen(SENDER, "POST webhook of school " + job.school(),
					(notification.route().upn() == null) ? List.of() : List.of(notification.route().upn()),
					List.of(job.school()), EncompassNotifications.FIELDS, EncompassParties.PURPOSE,
					notification.agreement(), Outcome.RELEASED,
					"notification " + notification.id() + " to the school's system, event " + job.event() + " attempt "
							+ job.attempts(),
					Boolean.TRUE)
			.block();
		WebhookRetry.Attempt attempt = this.sender.post(registration.url(), headers, body);
		WebhookRetry.Decision decision = WebhookRetry.decide(attempt, job.attempts(), this.settings.maxAttempts());
		Instant after = this.clock.instant();
		String outcome = outcome(attempt);
		boolean recorded = switch (decision) {
			case DELIVERED -> this.queue.finish(claimed, WebhookJob.State.DELIVERED, null, outcome, after);
			case RETRY -> this.queue.finish(claimed, WebhookJob.State.PENDING,
					after.plus(this.settings.backoff().after(job.attempts())), outcome, after);
			case DEAD -> this.queue.finish(claimed, WebhookJob.State.DEAD, null, outcome, after);
		};
		if (!recorded) {
			log.warn("webhook job {} outlived its lease: another worker has it", job.event());
		}
		else if (decision == WebhookRetry.Decision.DEAD) {
			log.warn("webhook job {} to school {} is a dead letter after {} attempt(s): {}", job.event(), job.school(),
					job.attempts(), outcome);
		}
	}

	/**
	 * The request's body: the event, with the notification as the school's inbox shows
	 * it.
	 */
	static byte[] body(WebhookJob job, Notification notification) {
		return StrictJson.mapper()
			.writeValueAsBytes(new Event(job.event(), EVENT_TYPE, notification.at(DeliveryState.DELIVERED),
					NotificationView.of(notification)));
	}

	private static String outcome(WebhookRetry.Attempt attempt) {
		String text = switch (attempt) {
			case WebhookRetry.Attempt.Answered answered -> Integer.toString(answered.status());
			case WebhookRetry.Attempt.Failed failed -> failed.failure() + ": " + failed.detail();
		};
		return (text.length() > 200) ? text.substring(0, 200) : text;
	}

}
