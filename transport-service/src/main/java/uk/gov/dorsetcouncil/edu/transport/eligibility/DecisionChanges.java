package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of eligibility decisions (ADR 0023): entity
 * {@code transport_decision}, key the decision's id, {@code CREATED} when decided; each
 * concerns the school travelled to and the local authority. The change's id is the
 * decision's id, so the same write recorded twice is one entry.
 */
final class DecisionChanges {

	static final String ENTITY = "transport_decision";

	static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY:838";

	private DecisionChanges() {
	}

	static Change decided(Decision decision) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", decision.upn());
		payload.put("schoolUrn", decision.schoolUrn());
		payload.put("assessedOn", decision.assessedOn().toString());
		payload.put("outcome", decision.outcome().name());
		if (decision.rule() != null) {
			payload.put("rule", decision.rule().name());
		}
		if (decision.pending() != null) {
			payload.put("pending", decision.pending().name());
		}
		if (decision.validUntil() != null) {
			payload.put("validUntil", decision.validUntil().toString());
		}
		return new Change(decision.id(), ENTITY, decision.id(), ChangeType.CREATED,
				Set.of("SCHOOL:" + decision.schoolUrn(), LOCAL_AUTHORITY), decision.decidedAt(), payload);
	}

}
