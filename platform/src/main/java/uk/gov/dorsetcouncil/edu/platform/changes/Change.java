package uk.gov.dorsetcouncil.edu.platform.changes;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Something that happened at the producing service, as its feed tells it: plain values,
 * domain-free.
 *
 * @param id the change's own id, the same however often it is recorded or delivered (for
 * example the entity's key and its new version): the feed holds each id once
 * @param entityType what changed, in the producer's words ({@code enrolment})
 * @param key which one ({@code 990027:A801200005001})
 * @param type created, updated or deleted
 * @param organisations the organisations it concerns ({@code SCHOOL:990027}): whom a
 * partner's "changes since" may show it to
 * @param occurredAt when it happened at the producer
 * @param payload what a consumer needs to apply it without asking back
 */
public record Change(String id, String entityType, String key, ChangeType type, Set<String> organisations,
		Instant occurredAt, Map<String, String> payload) {

	public Change {
		requireText("id", id);
		requireText("entityType", entityType);
		requireText("key", key);
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		organisations = Set.copyOf(new TreeSet<>(organisations));
		payload = Map.copyOf(new TreeMap<>(payload));
	}

	private static void requireText(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("a change needs its " + field);
		}
	}

}
