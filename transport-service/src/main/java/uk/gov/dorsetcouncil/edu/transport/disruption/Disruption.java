package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A disruption to home-to-school travel, resolved to the pupils, schools and sessions it
 * took transport from, with the notices sent to schools and families.
 *
 * @param id 'D-', the first day and a number
 * @param routeIds the routes it stopped (a cancelled run, an operator's routes, a closed
 * road's routes)
 * @param schoolUrns the schools whose transported pupils it stopped (weather, a closure
 * around a school)
 */
public record Disruption(String id, DisruptionKind kind, String description, LocalDate firstDay, LocalDate lastDay,
		List<String> sessions, List<String> routeIds, List<String> schoolUrns, List<AffectedSession> affected,
		List<Notice> notices, String recordedBy, Instant recordedAt) {

	public Disruption {
		sessions = List.copyOf(sessions);
		routeIds = List.copyOf(routeIds);
		schoolUrns = List.copyOf(schoolUrns);
		affected = List.copyOf(affected);
		notices = List.copyOf(notices);
	}

	/** One pupil's session the disruption took transport from. */
	public record AffectedSession(String upn, String schoolUrn, LocalDate date, String session) {
	}

	/**
	 * A notice sent: to a school (its affected pupils and sessions, Y1 expected) or to a
	 * family (the sessions their child's transport will not run).
	 *
	 * @param audience SCHOOL or FAMILY
	 * @param recipient the school's URN or the child's UPN
	 */
	public record Notice(String audience, String recipient, String message, Instant sentAt) {
	}

	public Set<String> pupils() {
		Set<String> pupils = new TreeSet<>();
		this.affected.forEach(a -> pupils.add(a.upn()));
		return pupils;
	}

	public Set<String> schools() {
		Set<String> schools = new TreeSet<>();
		this.affected.forEach(a -> schools.add(a.schoolUrn()));
		return schools;
	}

}
