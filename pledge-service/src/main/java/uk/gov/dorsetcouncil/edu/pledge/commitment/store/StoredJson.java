package uk.gov.dorsetcouncil.edu.pledge.commitment.store;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records kept as documents by way of their JSON: the pledges' nested records (measures,
 * actions, evidence, report lines) are written and read whole, never queried inside, so
 * one mapping serves every store of the service (ADR 0039). Dates and instants are ISO
 * strings.
 */
public final class StoredJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private StoredJson() {
	}

	public static Document document(Object value) {
		return Document.parse(MAPPER.writeValueAsString(value));
	}

	public static <T> T value(Document document, Class<T> type) {
		Document copy = new Document(document);
		copy.remove("_id");
		return MAPPER.readValue(copy.toJson(RELAXED), type);
	}

}
