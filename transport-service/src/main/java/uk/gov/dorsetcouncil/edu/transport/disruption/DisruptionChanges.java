package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;

/**
 * What the change feed tells of disruptions (ADR 0023, ADR 0038): entity
 * {@code transport_disruption}, key the disruption's id, {@code CREATED}; it concerns
 * each school affected and the local authority. No child is named in the payload (a
 * school reads its pupils from the disruption itself).
 */
final class DisruptionChanges {

	static final String ENTITY = "transport_disruption";

	private DisruptionChanges() {
	}

	static Change recorded(Disruption d) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("kind", d.kind().name());
		payload.put("firstDay", d.firstDay().toString());
		payload.put("lastDay", d.lastDay().toString());
		payload.put("pupils", Integer.toString(d.pupils().size()));
		payload.put("sessions", Integer.toString(d.affected().size()));
		payload.put("schools", String.join(",", d.schools()));
		Set<String> organisations = new TreeSet<>();
		d.schools().forEach(urn -> organisations.add("SCHOOL:" + urn));
		organisations.add("LOCAL_AUTHORITY:838");
		return new Change(d.id(), ENTITY, d.id(), ChangeType.CREATED, organisations, d.recordedAt(), payload);
	}

}
