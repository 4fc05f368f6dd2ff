package uk.gov.dorsetcouncil.edu.gateway.encompass.store;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;

/**
 * Schools' webhooks in the gateway's database, collection {@code encompass_webhooks}, one
 * document per school ({@code _id} = its URN), holding salts and never a secret (ADR
 * 0045). Every write is a single-document insert-once or an update conditional on what
 * was read, so two replicas never both rotate a secret. Blocking (the sync driver).
 */
public class WebhookStore {

	static final String COLLECTION = "encompass_webhooks";

	private final MongoCollection<Document> webhooks;

	public WebhookStore(MongoDatabase database) {
		this.webhooks = database.getCollection(COLLECTION);
	}

	/**
	 * Stores a registration unless the school has one; either way answers the one held.
	 * @return the registration held, and whether it is this one
	 */
	public Registered register(WebhookRegistration registration) {
		boolean created = InsertOnce.one(this.webhooks, document(registration));
		return new Registered(created ? registration : find(registration.school()).orElseThrow(), created);
	}

	/** What {@link #register} found. */
	public record Registered(WebhookRegistration registration, boolean created) {
	}

	public Optional<WebhookRegistration> find(String school) {
		return Optional.ofNullable(this.webhooks.find(Filters.eq("_id", school)).first())
			.map(WebhookStore::registration);
	}

	/**
	 * Replaces the secret's salt, keeping the old one for a grace period, unless the salt
	 * changed since it was read.
	 * @return the registration rotated, or empty when another request rotated it first
	 */
	public Optional<WebhookRegistration> rotate(WebhookRegistration read, String salt, String key, Instant at,
			Instant previousUntil) {
		long changed = this.webhooks
			.updateOne(Filters.and(Filters.eq("_id", read.school()), Filters.eq("salt", read.salt())),
					Updates.combine(Updates.set("salt", salt), Updates.set("previousSalt", read.salt()),
							Updates.set("previousUntil", Date.from(previousUntil)), Updates.set("key", key),
							Updates.set("rotatedAt", Date.from(at))))
			.getModifiedCount();
		return (changed == 0) ? Optional.empty() : find(read.school());
	}

	/** Sets whether notifications are sent to it; empty when the school has none. */
	public Optional<WebhookRegistration> status(String school, WebhookRegistration.Status status) {
		this.webhooks.updateOne(Filters.eq("_id", school), Updates.set("status", status.name()));
		return find(school);
	}

	/** Deletes a school's webhook; whether it had one. */
	public boolean delete(String school) {
		return this.webhooks.deleteOne(Filters.eq("_id", school)).getDeletedCount() == 1;
	}

	private static Document document(WebhookRegistration registration) {
		return new Document("_id", registration.school()).append("url", registration.url())
			.append("status", registration.status().name())
			.append("salt", registration.salt())
			.append("previousSalt", registration.previousSalt())
			.append("previousUntil", date(registration.previousUntil()))
			.append("key", registration.key())
			.append("fingerprint", registration.fingerprint())
			.append("registeredAt", date(registration.registeredAt()))
			.append("rotatedAt", date(registration.rotatedAt()));
	}

	private static WebhookRegistration registration(Document document) {
		return new WebhookRegistration(document.getString("_id"), document.getString("url"),
				WebhookRegistration.Status.valueOf(document.getString("status")), document.getString("salt"),
				document.getString("previousSalt"), instant(document.getDate("previousUntil")),
				document.getString("key"), document.getString("fingerprint"), instant(document.getDate("registeredAt")),
				instant(document.getDate("rotatedAt")));
	}

	static Date date(Instant at) {
		return (at != null) ? Date.from(at) : null;
	}

	static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
