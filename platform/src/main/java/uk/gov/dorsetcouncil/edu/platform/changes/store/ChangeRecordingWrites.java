package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * Version-checked writes that record their changes in the same single-document write: the
 * changes go into the document's {@code pendingChanges} list (the outbox), and
 * {@link ChangeRelay} moves them into the feed afterwards. A crash between the two leaves
 * them pending in the document, never lost; nothing is recorded for a write that lost its
 * race.
 * <p>
 * A change-recording write sets the document's fields and appends to its pending list
 * ({@code $set} and {@code $push}, never a whole replace), so a write never drops changes
 * an earlier one left for the relay. Stores therefore write every field of their
 * documents each time (a field to clear is set to null).
 */
public final class ChangeRecordingWrites {

	/** The field holding a document's changes not yet in the feed. */
	public static final String PENDING = "pendingChanges";

	private ChangeRecordingWrites() {
	}

	/**
	 * Writes {@code document} as version {@code expectedVersion + 1} if the stored one is
	 * still at {@code expectedVersion} (0: not stored yet), with its changes.
	 * @return false when another writer got there first (nothing written, nothing
	 * recorded)
	 */
	public static boolean save(MongoCollection<Document> collection, Object id, Document document, long expectedVersion,
			List<Change> changes) {
		if (expectedVersion == 0) {
			Document created = new Document(fields(document)).append("_id", id)
				.append(VersionedWrites.VERSION, 1L)
				.append(PENDING, pending(changes));
			try {
				collection.insertOne(created);
				return true;
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		return collection
			.updateOne(VersionedWrites.versionIs(id, expectedVersion), update(document, expectedVersion, changes))
			.getMatchedCount() == 1;
	}

	/**
	 * Writes every document, each checked against its own version and with its own
	 * changes, in one unordered bulk write (one command: the embedded store commits it
	 * whole, ADR 0016).
	 * @param changes each document's changes, by id (none when absent)
	 * @return the ids of the documents that lost to another writer
	 */
	public static Set<Object> saveAll(MongoCollection<Document> collection, List<VersionedWrites.Versioned> documents,
			Map<Object, List<Change>> changes) {
		List<UpdateOneModel<Document>> models = new ArrayList<>();
		for (VersionedWrites.Versioned write : documents) {
			models.add(new UpdateOneModel<>(VersionedWrites.versionIs(write.id(), write.expectedVersion()),
					update(write.document(), write.expectedVersion(), changes.getOrDefault(write.id(), List.of())),
					new UpdateOptions().upsert(write.expectedVersion() == 0)));
		}
		return VersionedWrites.writeAll(collection, documents, models);
	}

	/** The changes a stored document holds for the relay. */
	public static List<Change> pendingIn(Document document) {
		List<Document> held = document.getList(PENDING, Document.class, List.of());
		return held.stream().map(ChangeDocuments::change).toList();
	}

	private static Document update(Document document, long expectedVersion, List<Change> changes) {
		Document set = new Document(fields(document)).append(VersionedWrites.VERSION, expectedVersion + 1);
		Document update = new Document("$set", set);
		if (!changes.isEmpty()) {
			update.append("$push", new Document(PENDING, new Document("$each", pending(changes))));
		}
		return update;
	}

	private static Map<String, Object> fields(Document document) {
		Document fields = new Document(document);
		fields.remove("_id");
		fields.remove(VersionedWrites.VERSION);
		fields.remove(PENDING);
		return fields;
	}

	private static List<Document> pending(List<Change> changes) {
		return changes.stream().map(ChangeDocuments::change).toList();
	}

}
