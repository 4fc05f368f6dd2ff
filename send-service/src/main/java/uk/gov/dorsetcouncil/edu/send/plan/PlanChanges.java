package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of EHC plans (ADR 0023): entity {@code ehc_plan}, key the
 * child's UPN; {@code CREATED} when a plan is first recorded, {@code UPDATED} with
 * {@code change} (the plan, its sections, cessation, a transfer, an amendment, a review)
 * after. Each concerns the LA and the school the plan names.
 */
final class PlanChanges {

	static final String ENTITY = "ehc_plan";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private PlanChanges() {
	}

	static Change change(PlanRecord record, String what, Instant at) {
		long newVersion = record.version() + 1;
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", record.upn().value());
		payload.put("status", record.plan().status().name());
		if (record.version() > 0) {
			payload.put("change", what);
		}
		Set<String> concerning = new TreeSet<>(Set.of(LOCAL_AUTHORITY));
		if (record.plan().namedSchoolUrn() != null) {
			concerning.add("SCHOOL:" + record.plan().namedSchoolUrn());
		}
		return new Change(record.upn().value() + ":" + newVersion, ENTITY, record.upn().value(),
				(record.version() == 0) ? ChangeType.CREATED : ChangeType.UPDATED, concerning, at, payload);
	}

}
