package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * Inserts of documents whose {@code _id} says what they are (an amendment, a return, a
 * change): writing one again, after a crash or a client's retry, leaves the first as it
 * is. The other idempotent single-document write, beside {@link VersionedWrites}.
 */
public final class InsertOnce {

	private InsertOnce() {
	}

	/**
	 * Inserts a document unless one with its {@code _id} is there.
	 * @return whether it was inserted now
	 */
	public static boolean one(MongoCollection<Document> collection, Document document) {
		try {
			collection.insertOne(document);
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			return false;
		}
	}

	/**
	 * Inserts every document in one unordered command (one commit on the embedded store,
	 * ADR 0016); those already there are left as they are.
	 * @return how many were inserted now
	 */
	public static int all(MongoCollection<Document> collection, List<Document> documents) {
		if (documents.isEmpty()) {
			return 0;
		}
		try {
			collection.insertMany(documents, new InsertManyOptions().ordered(false));
			return documents.size();
		}
		catch (MongoBulkWriteException ex) {
			if (ex.getWriteErrors().stream().anyMatch((error) -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
				throw ex;
			}
			// Counted from the errors: the embedded engine reports every document
			// inserted.
			return documents.size() - ex.getWriteErrors().size();
		}
	}

}
