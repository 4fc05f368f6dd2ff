package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of applications (ADR 0023, ADR 0038): entity
 * {@code transport_application}, key the application's id, {@code CREATED} when received
 * and {@code UPDATED} at each decision, appeal and answer; each concerns the school and
 * the local authority. The change's id names the step, so the same write recorded twice
 * is one entry.
 */
final class ApplicationChanges {

	static final String ENTITY = "transport_application";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private ApplicationChanges() {
	}

	static Change of(Application application, String step, Instant at) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", application.upn());
		payload.put("schoolUrn", application.schoolUrn());
		payload.put("kind", application.kind().name());
		payload.put("status", application.status().name());
		payload.put("step", step);
		if (application.decision() != null) {
			payload.put("outcome", application.outcome().name());
			payload.put("basis", application.decision().basis());
		}
		application.openAppeal().ifPresent(a -> payload.put("appealDueOn", a.dueOn().toString()));
		ChangeType type = "RECEIVED".equals(step) ? ChangeType.CREATED : ChangeType.UPDATED;
		return new Change(application.id() + ":" + step, ENTITY, application.id(), type,
				Set.of("SCHOOL:" + application.schoolUrn(), LOCAL_AUTHORITY), at, payload);
	}

}
