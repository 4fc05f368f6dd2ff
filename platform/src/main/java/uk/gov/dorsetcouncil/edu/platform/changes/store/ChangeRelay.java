package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;

/**
 * Moves changes from documents' pending lists into the feed, then clears them: right
 * after each write ({@link #relay}), and for whatever a crash left pending
 * ({@link #sweep}, at start, and periodically on a real MongoDB where an index makes it
 * cheap). Publishing is keyed by the change's id, so a change relayed twice (a crash
 * between publishing and clearing, or two replicas sweeping at once) is one entry.
 */
public final class ChangeRelay {

	private static final Logger log = LoggerFactory.getLogger(ChangeRelay.class);

	private final MongoChangeFeed feed;

	public ChangeRelay(MongoChangeFeed feed) {
		this.feed = feed;
	}

	/**
	 * Relays one document's pending changes.
	 * @return how many changes it held
	 */
	public int relay(MongoCollection<Document> collection, Object id) {
		Document document = collection.find(Filters.eq("_id", id)).first();
		return (document == null) ? 0 : relay(collection, document);
	}

	/**
	 * Relays every document of a collection that holds pending changes. On MongoDB the
	 * sparse index on {@code pendingChanges.id} ({@link #indexPending}) finds them; the
	 * embedded engine scans.
	 * @return how many changes were pending
	 */
	public int sweep(MongoCollection<Document> collection) {
		List<Document> holding = new ArrayList<>();
		collection.find(Filters.exists(ChangeRecordingWrites.PENDING + ".id")).forEach(holding::add);
		int relayed = 0;
		for (Document document : holding) {
			relayed += relay(collection, document);
		}
		if (relayed > 0) {
			log.info("relayed {} changes left pending in {}", relayed, collection.getNamespace().getCollectionName());
		}
		return relayed;
	}

	/** Declares the index a sweep uses on a real MongoDB. */
	public static void indexPending(MongoCollection<Document> collection) {
		collection.createIndex(new Document(ChangeRecordingWrites.PENDING + ".id", 1),
				new com.mongodb.client.model.IndexOptions().sparse(true));
	}

	private int relay(MongoCollection<Document> collection, Document document) {
		List<Change> pending = ChangeRecordingWrites.pendingIn(document);
		if (pending.isEmpty()) {
			return 0;
		}
		this.feed.publish(pending);
		// Cleared by id, not by version: a write that came in between keeps its own
		// changes, and the document's version is not moved (no writer loses a race to
		// the relay).
		collection.updateOne(Filters.eq("_id", document.get("_id")),
				Updates.pullByFilter(new Document(ChangeRecordingWrites.PENDING,
						new Document("id", new Document("$in", pending.stream().map(Change::id).toList())))));
		return pending.size();
	}

}
