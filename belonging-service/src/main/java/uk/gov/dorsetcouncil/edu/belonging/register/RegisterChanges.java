package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of register entries (ADR 0023, ADR 0030): entity
 * {@code register-entry}, key the entry's id; {@code CREATED} when opened,
 * {@code UPDATED} when a step is done, an enquiry logged, the child found on a roll or
 * the entry closed. Each concerns the local authority and the school left (and the school
 * named). The change's id is the entry's id and the child's record's new version.
 */
final class RegisterChanges {

	static final String ENTITY = "register-entry";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private RegisterChanges() {
	}

	static Change opened(RegisterEntry entry, long newVersion, Instant at) {
		return change(entry, newVersion, ChangeType.CREATED, at, "OPENED");
	}

	static Change updated(RegisterEntry entry, long newVersion, Instant at, String what) {
		return change(entry, newVersion, ChangeType.UPDATED, at, what);
	}

	private static Change change(RegisterEntry entry, long newVersion, ChangeType type, Instant at, String what) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", entry.upn().value());
		payload.put("kind", entry.kind().name());
		payload.put("event", what);
		payload.put("openedOn", entry.openedOn().toString());
		payload.put("source", entry.source().name());
		if (entry.schoolLeftUrn() != null) {
			payload.put("schoolLeftUrn", entry.schoolLeftUrn());
		}
		if (entry.schoolNamedUrn() != null) {
			payload.put("schoolNamedUrn", entry.schoolNamedUrn());
		}
		if (entry.onRollOn() != null) {
			payload.put("onRollOn", entry.onRollOn().toString());
		}
		if (entry.closedOn() != null) {
			payload.put("closedOn", entry.closedOn().toString());
			payload.put("closureReason", entry.closureReason().name());
		}
		Set<String> concerns = new HashSet<>();
		concerns.add(LOCAL_AUTHORITY);
		if (entry.schoolLeftUrn() != null) {
			concerns.add("SCHOOL:" + entry.schoolLeftUrn());
		}
		if (entry.schoolNamedUrn() != null) {
			concerns.add("SCHOOL:" + entry.schoolNamedUrn());
		}
		return new Change(entry.id() + ":" + newVersion, ENTITY, entry.id(), type, concerns, at, payload);
	}

}
