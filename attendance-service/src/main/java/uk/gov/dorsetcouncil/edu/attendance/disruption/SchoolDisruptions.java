package uk.gov.dorsetcouncil.edu.attendance.disruption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A school's disrupted sessions by pupil. Compared by value, so that a school's alerts
 * kept for a version of its marks are recomputed when its disruptions change.
 */
public record SchoolDisruptions(Map<Upn, List<DisruptedSession>> byPupil) {

	public static final SchoolDisruptions NONE = new SchoolDisruptions(Map.of());

	public SchoolDisruptions {
		byPupil = Map.copyOf(byPupil);
	}

	public static SchoolDisruptions of(List<DisruptedSession> sessions) {
		Map<Upn, List<DisruptedSession>> byPupil = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
		for (DisruptedSession session : sessions) {
			byPupil.computeIfAbsent(session.upn(), (upn) -> new ArrayList<>()).add(session);
		}
		return new SchoolDisruptions(byPupil);
	}

	public List<DisruptedSession> of(Upn upn) {
		return this.byPupil.getOrDefault(upn, List.of());
	}

}
