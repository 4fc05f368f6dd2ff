package uk.gov.dorsetcouncil.edu.pledge.measure.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.pledge.commitment.store.StoredJson;
import uk.gov.dorsetcouncil.edu.pledge.measure.RecordedValue;
import uk.gov.dorsetcouncil.edu.pledge.measure.RecordedValues;

/**
 * Values recorded by hand, one document each in {@code recorded_values} ({@code _id} =
 * the value's id, the commitment's key and a sequence), inserted once and never changed.
 */
public class MongoRecordedValues implements RecordedValues {

	public static final String COLLECTION = "recorded_values";

	private final MongoCollection<Document> values;

	public MongoRecordedValues(MongoDatabase database) {
		this.values = database.getCollection(COLLECTION);
		this.values.createIndex(new Document("commitment", 1));
	}

	@Override
	public List<RecordedValue> ofCommitment(String commitment) {
		return this.values.find(Filters.eq("commitment", commitment))
			.map(document -> StoredJson.value(document, RecordedValue.class))
			.into(new ArrayList<>())
			.stream()
			.sorted(Comparator.comparing(RecordedValue::id))
			.toList();
	}

	@Override
	public boolean append(RecordedValue value) {
		Document document = StoredJson.document(value);
		document.put("_id", value.id());
		return InsertOnce.one(this.values, document);
	}

}
