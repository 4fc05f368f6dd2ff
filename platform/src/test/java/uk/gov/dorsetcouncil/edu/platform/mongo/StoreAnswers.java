package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * What a store answers to a sequence of operations on one collection, written down so
 * that two engines' answers can be compared: each document in extended JSON (which tells
 * an Int32 from an Int64 and a Double), each error by its code, the documents a query
 * finds sorted (the engines return them in the order of their own maps).
 */
final class StoreAnswers {

	private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.build();

	private final MongoCollection<Document> collection;

	private final List<String> answers = new ArrayList<>();

	StoreAnswers(MongoCollection<Document> collection) {
		this.collection = collection;
	}

	List<String> answers() {
		return List.copyOf(this.answers);
	}

	StoreAnswers uniqueIndex(Document keys) {
		return index(keys, new IndexOptions().unique(true));
	}

	StoreAnswers sparseUniqueIndex(Document keys) {
		return index(keys, new IndexOptions().unique(true).sparse(true));
	}

	private StoreAnswers index(Document keys, IndexOptions options) {
		record("index " + json(keys), () -> this.collection.createIndex(keys, options));
		return this;
	}

	StoreAnswers insert(Document document) {
		String described = json(document);
		record("insert " + described, () -> {
			this.collection.insertOne(document);
			return "inserted";
		});
		return this;
	}

	StoreAnswers insertAll(List<Document> documents) {
		record("insert " + documents.size() + " documents", () -> {
			this.collection.insertMany(documents);
			return "inserted";
		});
		return this;
	}

	StoreAnswers find(Document filter) {
		record("find " + json(filter), () -> sorted(this.collection.find(filter).into(new ArrayList<>())));
		return this;
	}

	StoreAnswers count() {
		record("count", this.collection::countDocuments);
		return this;
	}

	StoreAnswers update(Document filter, Bson update) {
		record("update " + json(filter), () -> {
			var result = this.collection.updateOne(filter, update);
			return result.getMatchedCount() + " matched, " + result.getModifiedCount() + " modified";
		});
		return this;
	}

	StoreAnswers replace(Document filter, Document replacement) {
		record("replace " + json(filter), () -> {
			var result = this.collection.replaceOne(filter, replacement);
			return result.getMatchedCount() + " matched";
		});
		return this;
	}

	StoreAnswers delete(Document filter) {
		record("delete " + json(filter), () -> this.collection.deleteOne(filter).getDeletedCount() + " deleted");
		return this;
	}

	/** Every document, and each found again by its {@code _id}. */
	StoreAnswers everyDocumentById() {
		List<Document> all = this.collection.find().into(new ArrayList<>());
		this.answers.add("all: " + sorted(all));
		for (String document : sorted(all)) {
			Object id = Document.parse(document).get("_id");
			find(new Document("_id", id));
		}
		return this;
	}

	private void record(String operation, Supplier<Object> answer) {
		Object outcome;
		try {
			outcome = answer.get();
		}
		catch (MongoBulkWriteException ex) {
			outcome = "errors "
					+ ex.getWriteErrors().stream().map((error) -> error.getIndex() + ":" + error.getCode()).toList();
		}
		catch (MongoException ex) {
			outcome = "error " + ex.getCode();
		}
		this.answers.add(operation + " -> " + outcome);
	}

	private static List<String> sorted(List<Document> documents) {
		return documents.stream().map(StoreAnswers::json).sorted().toList();
	}

	private static String json(Document document) {
		return document.toJson(EXTENDED);
	}

}
