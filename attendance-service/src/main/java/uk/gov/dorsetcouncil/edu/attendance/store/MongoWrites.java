package uk.gov.dorsetcouncil.edu.attendance.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Optimistic single-document writes, the one write pattern the stores use: it works the
 * same on MongoDB and on the embedded engine, which has no transactions.
 */
public final class MongoWrites {

	private MongoWrites() {
	}

	/**
	 * Writes {@code document} as version {@code expectedVersion + 1} if the stored one is
	 * still at {@code expectedVersion} (0: not stored yet).
	 * @return false when another writer got there first
	 */
	public static boolean saveVersioned(MongoCollection<Document> collection, Object id, Document document,
			long expectedVersion) {
		document.put("_id", id);
		document.put("version", expectedVersion + 1);
		if (expectedVersion == 0) {
			try {
				collection.insertOne(document);
				return true;
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
					return false;
				}
				throw ex;
			}
		}
		return collection.replaceOne(versionIs(id, expectedVersion), document).getMatchedCount() == 1;
	}

	/**
	 * Declares the unique index {@code {_id, version}} that versioned writes look
	 * documents up by. Always satisfied (the {@code _id} alone is unique), it costs a
	 * real MongoDB little, and it is what lets the embedded engine find the document by
	 * index: that engine uses an index only when a query names exactly its fields, and
	 * scans the whole collection otherwise (ADR 0008 measures the difference, about 40
	 * times).
	 */
	public static void indexVersions(MongoCollection<Document> collection) {
		collection.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
	}

	/**
	 * The filter for "this document at this version", as one plain document whose fields
	 * are exactly those of the {@link #indexVersions} index ({@code Filters.and} would
	 * render an {@code $and}, which the embedded engine scans for).
	 */
	public static Bson versionIs(Object id, long version) {
		return new Document("_id", id).append("version", version);
	}

	/**
	 * Inserts documents in one unordered write.
	 * @return the positions of those whose {@code _id} was already taken: nothing was
	 * written for them
	 */
	public static Set<Integer> insertAll(MongoCollection<Document> collection, List<Document> documents) {
		Set<Integer> taken = new HashSet<>();
		if (documents.isEmpty()) {
			return taken;
		}
		try {
			collection.insertMany(documents, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				taken.add(error.getIndex());
			}
		}
		return taken;
	}

	/**
	 * Inserts a document whose {@code _id} makes it unique; inserting it again is a
	 * no-op.
	 */
	public static void insertOnce(MongoCollection<Document> collection, Document document) {
		try {
			collection.insertOne(document);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

}
