package uk.gov.dorsetcouncil.edu.gateway.encompass.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;

/**
 * The durable queue of webhook deliveries (ADR 0045): each job is a {@code webhook} field
 * of its notification's document in {@code encompass_notifications}, written by the same
 * single-document update that delivers the notification to the school's inbox, so a
 * notification delivered never lacks its job, on both engines and without transactions. A
 * worker claims a job with {@code findOneAndUpdate}, taking a lease that expires: two
 * replicas never hold the same job at once, and a job whose worker died is taken again
 * once its lease runs out. Every later write names the lease, so a worker that lost its
 * lease changes nothing.
 */
public class WebhookQueue {

	/** A lease no one holds: the start of time. */
	private static final Date FREE = new Date(0);

	private final MongoCollection<Document> notifications;

	public WebhookQueue(MongoDatabase database) {
		this.notifications = database.getCollection(NotificationStore.COLLECTION);
		// A real MongoDB finds due jobs by this index; the embedded engine scans.
		this.notifications.createIndex(Indexes.ascending("webhook.state", "webhook.nextAt"));
	}

	/** A job claimed by a worker: the notification to send and the lease held. */
	public record Claimed(WebhookJob job, Notification notification, String lease) {
	}

	/** The job as the notification's {@code webhook} field. */
	static Document document(WebhookJob job) {
		return new Document("event", job.event()).append("school", job.school())
			.append("state", job.state().name())
			.append("attempts", job.attempts())
			.append("nextAt", Date.from(job.nextAt()))
			.append("lease", null)
			.append("leaseUntil", FREE)
			.append("lastAttemptAt", WebhookStore.date(job.lastAttemptAt()))
			.append("lastOutcome", job.lastOutcome())
			.append("finishedAt", WebhookStore.date(job.finishedAt()));
	}

	/**
	 * Claims the job due longest ago whose lease is free or expired, counting the
	 * attempt.
	 */
	public Optional<Claimed> claim(Instant now, Duration lease) {
		String token = UUID.randomUUID().toString();
		Document claimed = this.notifications
			.findOneAndUpdate(Filters.and(Filters.eq("webhook.state", WebhookJob.State.PENDING.name()),
					Filters.lte("webhook.nextAt", Date.from(now)), Filters.lte("webhook.leaseUntil", Date.from(now))),
					Updates.combine(Updates.set("webhook.lease", token),
							Updates.set("webhook.leaseUntil", Date.from(now.plus(lease))),
							Updates.inc("webhook.attempts", 1), Updates.set("webhook.lastAttemptAt", Date.from(now))),
					new FindOneAndUpdateOptions().sort(Sorts.ascending("webhook.nextAt"))
						.returnDocument(ReturnDocument.AFTER));
		return Optional.ofNullable(claimed)
			.map((document) -> new Claimed(job(document), NotificationStore.notification(document), token));
	}

	/**
	 * Records what came of an attempt, if the lease is still held.
	 * @param state DELIVERED, DEAD or, to try again, PENDING
	 * @param nextAt when to try again (PENDING)
	 * @return false when the lease was lost (another worker took the job)
	 */
	public boolean finish(Claimed claimed, WebhookJob.State state, Instant nextAt, String outcome, Instant now) {
		List<Bson> sets = new ArrayList<>(
				List.of(Updates.set("webhook.state", state.name()), Updates.set("webhook.lease", null),
						Updates.set("webhook.leaseUntil", FREE), Updates.set("webhook.lastOutcome", outcome)));
		if (state == WebhookJob.State.PENDING) {
			sets.add(Updates.set("webhook.nextAt", Date.from(nextAt)));
		}
		else {
			sets.add(Updates.set("webhook.finishedAt", Date.from(now)));
		}
		return this.notifications.updateOne(leaseHeld(claimed), Updates.combine(sets)).getModifiedCount() == 1;
	}

	/**
	 * Puts a job back without counting the attempt (its webhook is paused), or gives it
	 * up when its webhook is deleted.
	 */
	public boolean holdUntil(Claimed claimed, Instant until, String outcome) {
		return this.notifications.updateOne(leaseHeld(claimed),
				Updates.combine(Updates.set("webhook.lease", null), Updates.set("webhook.leaseUntil", FREE),
						Updates.set("webhook.nextAt", Date.from(until)), Updates.inc("webhook.attempts", -1),
						Updates.set("webhook.lastOutcome", outcome)))
			.getModifiedCount() == 1;
	}

	/** The jobs given up on, oldest first; of one school, or of all when null. */
	public List<WebhookJob> deadLetters(String school) {
		Bson dead = Filters.eq("webhook.state", WebhookJob.State.DEAD.name());
		List<WebhookJob> found = new ArrayList<>();
		this.notifications.find((school == null) ? dead : Filters.and(dead, Filters.eq("webhook.school", school)))
			.sort(Sorts.ascending("webhook.finishedAt"))
			.forEach((document) -> found.add(job(document)));
		return found;
	}

	/** The job of an event, if there is one. */
	public Optional<WebhookJob> find(String event) {
		return Optional
			.ofNullable(this.notifications.find(Filters.and(Filters.eq("_id", WebhookJob.notificationOf(event)),
					Filters.eq("webhook.event", event)))
				.first())
			.map(WebhookQueue::job);
	}

	/**
	 * Puts a dead letter back in the queue with its attempts renewed, due now; the event
	 * id stays, so a receiver that took it after all drops it.
	 * @return false when it is not a dead letter (any more)
	 */
	public boolean replay(String event, Instant now) {
		return this.notifications
			.updateOne(
					Filters.and(Filters.eq("_id", WebhookJob.notificationOf(event)), Filters.eq("webhook.event", event),
							Filters.eq("webhook.state", WebhookJob.State.DEAD.name())),
					Updates.combine(Updates.set("webhook.state", WebhookJob.State.PENDING.name()),
							Updates.set("webhook.attempts", 0), Updates.set("webhook.nextAt", Date.from(now)),
							Updates.set("webhook.finishedAt", null), Updates.set("webhook.leaseUntil", FREE)))
			.getModifiedCount() == 1;
	}

	private static Bson leaseHeld(Claimed claimed) {
		return Filters.and(Filters.eq("_id", claimed.notification().id()),
				Filters.eq("webhook.lease", claimed.lease()));
	}

	private static WebhookJob job(Document document) {
		Document job = document.get("webhook", Document.class);
		return new WebhookJob(job.getString("event"), document.getString("_id"), job.getString("school"),
				WebhookJob.State.valueOf(job.getString("state")), job.getInteger("attempts"),
				job.getDate("nextAt").toInstant(), WebhookStore.instant(job.getDate("lastAttemptAt")),
				job.getString("lastOutcome"), WebhookStore.instant(job.getDate("finishedAt")));
	}

}
