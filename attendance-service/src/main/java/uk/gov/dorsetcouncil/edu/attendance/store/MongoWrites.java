package uk.gov.dorsetcouncil.edu.attendance.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

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
		return collection
			.replaceOne(Filters.and(Filters.eq("_id", id), Filters.eq("version", expectedVersion)), document)
			.getMatchedCount() == 1;
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
