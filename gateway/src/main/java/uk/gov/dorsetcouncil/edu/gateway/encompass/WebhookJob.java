package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;

/**
 * Sending one notification to its school's webhook (ADR 0045): queued with the delivery
 * to the inbox, in the same write, and tried until the school's system takes it or the
 * attempts run out.
 *
 * @param event the event's id, the same for every attempt and replay: the receiver drops
 * duplicates by it (delivery is at least once)
 * @param notification the notification's id
 * @param school the school's URN
 * @param state where the job is
 * @param attempts the attempts made (a claim is an attempt, so a worker that dies
 * mid-send uses one up)
 * @param nextAt when it may be tried next
 * @param lastAttemptAt when it was last tried, or null
 * @param lastOutcome what came of the last attempt ({@code 503}, {@code TIMEOUT: ...}),
 * or null
 * @param finishedAt when it was delivered or given up on, or null
 */
public record WebhookJob(String event, String notification, String school, State state, int attempts, Instant nextAt,
		Instant lastAttemptAt, String lastOutcome, Instant finishedAt) {

	/** Where a job is. */
	public enum State {

		/** Waiting for its next attempt, or being sent. */
		PENDING,
		/** The school's system took it (2xx). */
		DELIVERED,
		/** Given up on: on the dead-letter list for a person to replay. */
		DEAD,
		/** Its webhook was deleted before it was sent: the inbox still holds it. */
		CANCELLED

	}

	/**
	 * The event id of a notification's delivery: {@code EV-} and the notification's
	 * digits.
	 */
	public static String eventOf(String notification) {
		return "EV-" + notification.substring(notification.indexOf('-') + 1);
	}

	/** The notification an event id belongs to. */
	public static String notificationOf(String event) {
		return "OE-" + event.substring(event.indexOf('-') + 1);
	}

	/** A job for a notification just delivered to a school, to try at once. */
	public static WebhookJob queued(String notification, String school, Instant at) {
		return new WebhookJob(eventOf(notification), notification, school, State.PENDING, 0, at, null, null, null);
	}

}
