package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/** A change as a BSON document, in a pending list and in the feed alike. */
final class ChangeDocuments {

	private ChangeDocuments() {
	}

	static Document change(Change change) {
		return new Document("id", change.id()).append("entityType", change.entityType())
			.append("key", change.key())
			.append("type", change.type().name())
			.append("organisations", List.copyOf(change.organisations()))
			.append("occurredAt", Date.from(change.occurredAt()))
			.append("payload", new Document(new LinkedHashMap<>(change.payload())));
	}

	static Change change(Document document) {
		Map<String, String> payload = new LinkedHashMap<>();
		Document held = document.get("payload", Document.class);
		if (held != null) {
			held.forEach((name, value) -> payload.put(name, String.valueOf(value)));
		}
		return new Change(document.getString("id"), document.getString("entityType"), document.getString("key"),
				ChangeType.valueOf(document.getString("type")),
				new HashSet<>(document.getList("organisations", String.class, List.of())),
				document.getDate("occurredAt").toInstant(), payload);
	}

	/** A feed entry: the change under its sequence, its id kept unique. */
	static Document entry(long sequence, Change change, Date publishedAt) {
		Document document = change(change);
		document.put("changeId", document.remove("id"));
		return new Document("_id", sequence).append("publishedAt", publishedAt).append("change", document);
	}

	static ChangeEntry entry(Document document) {
		Document change = new Document(document.get("change", Document.class));
		change.put("id", change.remove("changeId"));
		return new ChangeEntry(((Number) document.get("_id")).longValue(), change(change),
				document.getDate("publishedAt").toInstant());
	}

}
