package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of EHC needs assessments (ADR 0023): entity
 * {@code ehc_assessment}, key the assessment's id; {@code CREATED} when a request is
 * recorded, {@code UPDATED} when a step is done, advice asked, an exception or an appeal
 * recorded. Each concerns the LA and the child's school. The change's id is the
 * assessment's id and the child's record's new version, so one write is one entry.
 */
final class AssessmentChanges {

	static final String ENTITY = "ehc_assessment";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private AssessmentChanges() {
	}

	static Change recorded(Assessment assessment, long newVersion, Instant at) {
		Map<String, String> payload = common(assessment);
		payload.put("requester", assessment.requester().name());
		return change(assessment, newVersion, ChangeType.CREATED, at, payload);
	}

	static Change updated(Assessment assessment, String what, long newVersion, Instant at) {
		Map<String, String> payload = common(assessment);
		payload.put("change", what);
		return change(assessment, newVersion, ChangeType.UPDATED, at, payload);
	}

	private static Map<String, String> common(Assessment assessment) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", assessment.upn().value());
		payload.put("receivedOn", assessment.receivedOn().toString());
		payload.put("status", assessment.status().name());
		return payload;
	}

	private static Change change(Assessment assessment, long newVersion, ChangeType type, Instant at,
			Map<String, String> payload) {
		Set<String> concerning = new TreeSet<>(Set.of(LOCAL_AUTHORITY));
		if (assessment.schoolUrn() != null) {
			concerning.add("SCHOOL:" + assessment.schoolUrn());
		}
		return new Change(assessment.id() + ":" + newVersion, ENTITY, assessment.id(), type, concerning, at, payload);
	}

}
