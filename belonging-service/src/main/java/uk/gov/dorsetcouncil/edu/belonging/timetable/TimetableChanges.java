package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of part-time timetables (ADR 0023, ADR 0029): entity
 * {@code part_time_timetable}, key the timetable's id; {@code CREATED} when recorded,
 * {@code UPDATED} when a review is done or the end date is set. Each concerns the school
 * and the local authority; the change's id is the timetable's id and the pupil record's
 * new version.
 */
final class TimetableChanges {

	static final String ENTITY = "part_time_timetable";

	private TimetableChanges() {
	}

	static Change recorded(PartTimeTimetable timetable, long newVersion, Instant at) {
		Map<String, String> payload = common(timetable);
		payload.put("reason", timetable.reason().name());
		payload.put("parentAgreedOn", timetable.parentAgreedOn().toString());
		return change(timetable, newVersion, ChangeType.CREATED, at, payload);
	}

	static Change reviewed(PartTimeTimetable timetable, long newVersion, Instant at) {
		Map<String, String> payload = common(timetable);
		payload.put("reviewedOn", timetable.reviewsDone().get(timetable.reviewsDone().size() - 1).toString());
		return change(timetable, newVersion, ChangeType.UPDATED, at, payload);
	}

	static Change ended(PartTimeTimetable timetable, long newVersion, Instant at) {
		return change(timetable, newVersion, ChangeType.UPDATED, at, common(timetable));
	}

	private static Map<String, String> common(PartTimeTimetable timetable) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", timetable.upn().value());
		payload.put("schoolUrn", timetable.schoolUrn());
		payload.put("startDate", timetable.startDate().toString());
		payload.put("hoursPerWeek", Double.toString(timetable.hoursPerWeek()));
		if (timetable.endDate() != null) {
			payload.put("endDate", timetable.endDate().toString());
		}
		return payload;
	}

	private static Change change(PartTimeTimetable timetable, long newVersion, ChangeType type, Instant at,
			Map<String, String> payload) {
		return new Change(timetable.id() + ":" + newVersion, ENTITY, timetable.id(), type,
				Set.of("SCHOOL:" + timetable.schoolUrn(), "LOCAL_AUTHORITY:838"), at, payload);
	}

}
