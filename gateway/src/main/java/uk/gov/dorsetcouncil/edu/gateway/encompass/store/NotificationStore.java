package uk.gov.dorsetcouncil.edu.gateway.encompass.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.gateway.encompass.DeliveryState;
import uk.gov.dorsetcouncil.edu.gateway.encompass.IncidentReport;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Routing;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;

/**
 * Operation Encompass notifications in the gateway's own database, collection
 * {@code encompass_notifications}, one document per notification ({@code _id} = its id,
 * made from the force and its Idempotency-Key, so a retry finds the first). Every write
 * is a single-document insert-once or an update that only sets a state not yet reached,
 * so a retried write, or two replicas writing at once, never moves a notification back.
 * Blocking (the sync driver): callers run it off the event loop.
 */
public class NotificationStore {

	static final String COLLECTION = "encompass_notifications";

	private final MongoCollection<Document> notifications;

	public NotificationStore(MongoDatabase database) {
		this.notifications = database.getCollection(COLLECTION);
		// Only _id and unique indexes are real on the embedded engine: these serve a real
		// MongoDB; on the embedded engine the lists scan (architecture.md, Data).
		this.notifications.createIndex(Indexes.ascending("route.school", "reached.RECEIVED"));
		this.notifications.createIndex(Indexes.ascending("route.recipient", "reached.RECEIVED"));
	}

	/**
	 * What {@link #receive} found: the notification held, whether it was new, and whether
	 * the one held reports the same incident (a retry) or another (an Idempotency-Key
	 * reused).
	 */
	public record Received(Notification notification, boolean created, boolean sameReport) {
	}

	/**
	 * Stores a notification just received unless one with its id is held; either way
	 * answers the one held.
	 */
	public Received receive(Notification notification) {
		Document document = document(notification);
		String fingerprint = fingerprint(document.get("report", Document.class));
		document.append("fingerprint", fingerprint);
		boolean created = InsertOnce.one(this.notifications, document);
		Document held = created ? document : this.notifications.find(Filters.eq("_id", notification.id())).first();
		return new Received(notification(held), created, fingerprint.equals(held.getString("fingerprint")));
	}

	/** SHA-256 of the report as stored: what the police said, not when it arrived. */
	private static String fingerprint(Document report) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(report.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** Sets a notification's route and due time, and the states reached with it. */
	public Notification route(Notification routed) {
		return route(routed, null);
	}

	/**
	 * Sets a notification's route, due time and states, and queues its webhook job in the
	 * same single-document write (ADR 0045): delivered to the inbox and queued for the
	 * school's system at once, or neither. Only a notification not yet routed, or waiting
	 * in the LA's queue, is routed: a second router (a retry, another replica's sweep)
	 * changes nothing, so a job in progress is never queued again.
	 * @param job the school's webhook job, or null when it has no active webhook
	 */
	public Notification route(Notification routed, WebhookJob job) {
		List<Bson> sets = new ArrayList<>();
		sets.add(Updates.set("route", route(routed.route())));
		sets.add(Updates.set("due", (routed.due() != null) ? Date.from(routed.due()) : null));
		routed.reached().forEach((state, at) -> sets.add(Updates.set("reached." + state.name(), Date.from(at))));
		if (job != null) {
			sets.add(Updates.set("webhook", WebhookQueue.document(job)));
		}
		this.notifications.updateOne(
				Filters.and(Filters.eq("_id", routed.id()),
						Filters.or(Filters.eq("route", null),
								Filters.eq("route.recipient", Routing.Recipient.LA_QUEUE.name()))),
				Updates.combine(sets));
		return find(routed.id()).orElseThrow();
	}

	/**
	 * Records that a state was reached, unless it already was (the first time counts).
	 */
	public Notification reach(Notification changed, DeliveryState... states) {
		for (DeliveryState state : states) {
			Instant at = changed.at(state);
			this.notifications.updateOne(
					Filters.and(Filters.eq("_id", changed.id()), Filters.exists("reached." + state.name(), false)),
					Updates.set("reached." + state.name(), Date.from(at)));
		}
		return find(changed.id()).orElseThrow();
	}

	public Optional<Notification> find(String id) {
		return Optional.ofNullable(this.notifications.find(Filters.eq("_id", id)).first())
			.map(NotificationStore::notification);
	}

	/** The notifications routed to a school, newest first. */
	public List<Notification> toSchool(String urn) {
		return list(Filters.eq("route.school", urn));
	}

	/** The notifications for the LA: its queue and those for its EHE officer. */
	public List<Notification> forTheLocalAuthority() {
		return list(
				Filters.in("route.recipient", Routing.Recipient.LA_QUEUE.name(), Routing.Recipient.EHE_OFFICER.name()));
	}

	/**
	 * The notifications routed to any school, for the escalation list and the measure.
	 */
	public List<Notification> toSchools() {
		return list(Filters.eq("route.recipient", Routing.Recipient.SCHOOL.name()));
	}

	/**
	 * Notifications received but never routed (the platform stopped between): to finish.
	 */
	public List<Notification> unrouted() {
		return list(Filters.eq("route", null));
	}

	private List<Notification> list(Bson filter) {
		List<Notification> found = new ArrayList<>();
		this.notifications.find(filter)
			.sort(Sorts.descending("reached.RECEIVED"))
			.forEach((document) -> found.add(notification(document)));
		return found;
	}

	private static Document document(Notification notification) {
		IncidentReport report = notification.report();
		IncidentReport.ChildAsHeld child = report.child();
		Document reached = new Document();
		notification.reached().forEach((state, at) -> reached.append(state.name(), Date.from(at)));
		return new Document("_id", notification.id()).append("force", notification.force())
			.append("agreement", notification.agreement())
			.append("report",
					new Document("policeReference", report.policeReference())
						.append("incidentAt", Date.from(report.incidentAt()))
						.append("location", report.location())
						.append("child",
								new Document("familyName", child.familyName()).append("givenName", child.givenName())
									.append("dateOfBirth", child.dateOfBirth().toString())
									.append("address", child.address())
									.append("postcode", child.postcode()))
						.append("childPresent", report.childPresent())
						.append("schoolNeedsToKnow", report.schoolNeedsToKnow()))
			.append("route", route(notification.route()))
			.append("due", (notification.due() != null) ? Date.from(notification.due()) : null)
			.append("reached", reached);
	}

	private static Document route(Routing.Route route) {
		if (route == null) {
			return null;
		}
		return new Document("recipient", route.recipient().name()).append("school", route.school())
			.append("upn", route.upn())
			.append("score", route.score())
			.append("reason", route.reason().name());
	}

	static Notification notification(Document document) {
		Document report = document.get("report", Document.class);
		Document child = report.get("child", Document.class);
		Document route = document.get("route", Document.class);
		Map<DeliveryState, Instant> reached = new EnumMap<>(DeliveryState.class);
		document.get("reached", Document.class)
			.forEach((state, at) -> reached.put(DeliveryState.valueOf(state), ((Date) at).toInstant()));
		Date due = document.getDate("due");
		return new Notification(document.getString("_id"), document.getString("force"), document.getString("agreement"),
				new IncidentReport(report.getString("policeReference"), report.getDate("incidentAt").toInstant(),
						report.getString("location"),
						new IncidentReport.ChildAsHeld(child.getString("familyName"), child.getString("givenName"),
								LocalDate.parse(child.getString("dateOfBirth")), child.getString("address"),
								child.getString("postcode")),
						report.getBoolean("childPresent"), report.getString("schoolNeedsToKnow")),
				(route == null) ? null
						: new Routing.Route(Routing.Recipient.valueOf(route.getString("recipient")),
								route.getString("school"), route.getString("upn"), route.getInteger("score"),
								Routing.Reason.valueOf(route.getString("reason"))),
				(due != null) ? due.toInstant() : null, reached);
	}

}
