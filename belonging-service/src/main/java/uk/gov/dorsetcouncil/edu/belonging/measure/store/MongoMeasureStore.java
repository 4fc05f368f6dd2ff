package uk.gov.dorsetcouncil.edu.belonging.measure.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureStore;
import uk.gov.dorsetcouncil.edu.belonging.measure.RecordedValue;

/**
 * Every recorded value of the measures in {@code belonging_measure_values}, one document
 * each, never changed (the history is the evidence trail); the latest of a measure is the
 * last recorded.
 */
public class MongoMeasureStore implements MeasureStore {

	public static final String COLLECTION = "belonging_measure_values";

	private final MongoCollection<Document> values;

	public MongoMeasureStore(MongoDatabase database) {
		this.values = database.getCollection(COLLECTION);
		this.values.createIndex(Indexes.ascending("measure", "recordedAt"));
	}

	@Override
	public void add(RecordedValue value) {
		this.values.insertOne(new Document("measure", value.measure()).append("value", value.value())
			.append("period", value.period())
			.append("evidence", value.evidence())
			.append("asOf", value.asOf().toString())
			.append("recordedBy", value.recordedBy())
			.append("recordedAt", value.recordedAt().toString()));
	}

	@Override
	public List<RecordedValue> latest() {
		Map<Integer, RecordedValue> last = new LinkedHashMap<>();
		this.values.find()
			.sort(Sorts.ascending("measure", "recordedAt"))
			.forEach(held -> last.put(held.getInteger("measure"), value(held)));
		return new ArrayList<>(last.values());
	}

	@Override
	public Optional<RecordedValue> latest(int measure) {
		return Optional
			.ofNullable(this.values.find(Filters.eq("measure", measure)).sort(Sorts.descending("recordedAt")).first())
			.map(MongoMeasureStore::value);
	}

	private static RecordedValue value(Document held) {
		return new RecordedValue(held.getInteger("measure"), held.getString("value"), held.getString("period"),
				held.getString("evidence"), LocalDate.parse(held.getString("asOf")), held.getString("recordedBy"),
				Instant.parse(held.getString("recordedAt")));
	}

}
