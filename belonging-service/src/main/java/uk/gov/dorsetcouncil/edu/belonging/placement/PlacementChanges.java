package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of placements and moves (ADR 0023, ADR 0036): entities
 * {@code ap_placement} and {@code managed_move}, key the record's id; {@code CREATED}
 * when recorded, {@code UPDATED} when reviewed or ended. Each concerns the schools named
 * and the local authority; the change's id is the record's id and the pupil record's new
 * version.
 */
final class PlacementChanges {

	static final String PLACEMENT = "ap_placement";

	static final String MOVE = "managed_move";

	private PlacementChanges() {
	}

	static Change placement(ApPlacement placement, ChangeType type, long newVersion, Instant at) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", placement.upn().value());
		if (placement.schoolUrn() != null) {
			payload.put("schoolUrn", placement.schoolUrn());
		}
		payload.put("commissionedBy", placement.commissionedBy().name());
		payload.put("reason", placement.reason().name());
		payload.put("startDate", placement.startDate().toString());
		payload.put("sessionsPerWeek", Integer.toString(placement.sessionsPerWeek()));
		if (placement.exclusionId() != null) {
			payload.put("exclusionId", placement.exclusionId());
		}
		if (placement.endDate() != null) {
			payload.put("endDate", placement.endDate().toString());
		}
		if (placement.outcome() != null) {
			payload.put("outcome", placement.outcome().name());
		}
		Set<String> concerns = (placement.schoolUrn() != null)
				? Set.of("SCHOOL:" + placement.schoolUrn(), "LOCAL_AUTHORITY:838") : Set.of("LOCAL_AUTHORITY:838");
		return new Change(placement.id() + ":" + newVersion, PLACEMENT, placement.id(), type, concerns, at, payload);
	}

	static Change move(ManagedMove move, ChangeType type, long newVersion, Instant at) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("upn", move.upn().value());
		payload.put("fromSchoolUrn", move.fromSchoolUrn());
		payload.put("toSchoolUrn", move.toSchoolUrn());
		payload.put("startDate", move.startDate().toString());
		if (move.outcome() != null) {
			payload.put("outcome", move.outcome().name());
			payload.put("outcomeOn", move.outcomeOn().toString());
		}
		return new Change(move.id() + ":" + newVersion, MOVE, move.id(), type,
				Set.of("SCHOOL:" + move.fromSchoolUrn(), "SCHOOL:" + move.toSchoolUrn(), "LOCAL_AUTHORITY:838"), at,
				payload);
	}

}
