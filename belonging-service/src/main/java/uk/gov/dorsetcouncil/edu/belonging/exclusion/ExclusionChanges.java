package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of exclusions (ADR 0023): entity {@code exclusion}, key the
 * exclusion's id; {@code CREATED} when recorded, {@code UPDATED} when a step is done or a
 * parent asks the board to meet. Each concerns the school and the local authority. The
 * change's id is the exclusion's id and the pupil record's new version, so the same write
 * recorded twice is one entry.
 */
final class ExclusionChanges {

	static final String ENTITY = "exclusion";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private ExclusionChanges() {
	}

	static Change recorded(Exclusion exclusion, long newVersion, Instant at) {
		Map<String, String> payload = common(exclusion);
		payload.put("reasons",
				exclusion.reasons().stream().map(ExclusionReason::code).collect(Collectors.joining(",")));
		payload.put("decidedBy", exclusion.decidedBy());
		return change(exclusion, newVersion, ChangeType.CREATED, at, payload);
	}

	static Change stepDone(Exclusion exclusion, Step step, long newVersion, Instant at) {
		Map<String, String> payload = common(exclusion);
		payload.put("step", step.kind().name());
		payload.put("dueDate", step.dueDate().toString());
		payload.put("doneDate", step.doneDate().toString());
		if (step.outcome() != null) {
			payload.put("outcome", step.outcome().name());
		}
		return change(exclusion, newVersion, ChangeType.UPDATED, at, payload);
	}

	static Change meetingRequested(Exclusion exclusion, long newVersion, Instant at) {
		Map<String, String> payload = common(exclusion);
		payload.put("meetingRequestedOn", exclusion.meetingRequestedOn().toString());
		return change(exclusion, newVersion, ChangeType.UPDATED, at, payload);
	}

	private static Map<String, String> common(Exclusion exclusion) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", exclusion.upn().value());
		payload.put("schoolUrn", exclusion.schoolUrn());
		payload.put("type", exclusion.type().name());
		payload.put("startDate", exclusion.startDate().toString());
		payload.put("halfDays", Integer.toString(exclusion.halfDays()));
		return payload;
	}

	private static Change change(Exclusion exclusion, long newVersion, ChangeType type, Instant at,
			Map<String, String> payload) {
		return new Change(exclusion.id() + ":" + newVersion, ENTITY, exclusion.id(), type,
				Set.of("SCHOOL:" + exclusion.schoolUrn(), LOCAL_AUTHORITY), at, payload);
	}

}
