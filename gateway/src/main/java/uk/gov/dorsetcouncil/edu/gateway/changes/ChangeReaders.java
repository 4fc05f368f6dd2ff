package uk.gov.dorsetcouncil.edu.gateway.changes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which changes each role may read through "changes since" (the change feed, ADR 0023),
 * by entity type: the resource axis of the role x resource matrix for feeds. A caller
 * reads the union over its roles; a role not listed reads nothing (deny by default).
 * Which organisations' entries a caller sees is decided by the producing service
 * ({@code ChangeVisibility}): a school its own, the local authority the county.
 *
 * <ul>
 * <li>School staff read their own school's joins, leaves (deletions included, as Ed-Fi's
 * change queries carry deletes), amended marks and closures, as their MIS holds
 * them.</li>
 * <li>The LA's inclusion and EHE/CME officers read all three for the county: a deletion
 * from a roll is where a child missing education is first seen (DfE, Children missing
 * education, 2024).</li>
 * <li>The SEND caseworker reads joins and leaves (where a child with a plan is on roll);
 * the transport officer joins, leaves and closures (travel to arrange or stop), not
 * marks.</li>
 * <li>Locality officers read none: entries name schools and the LA, not localities, so a
 * feed cannot yet be cut to a locality.</li>
 * <li>Police, youth justice and NHS partners read none: their agreements release a named
 * child's record for a purpose, never a stream of every child's changes (data
 * minimisation, UK GDPR Art 5(1)(c)). Analysts and auditors see no child's record.</li>
 * </ul>
 */
public final class ChangeReaders {

	public static final String ENROLMENT = "enrolment";

	public static final String REGISTER_MARK = "register-mark";

	public static final String SCHOOL_CALENDAR = "school-calendar";

	/** The entity types attendance publishes. */
	public static final List<String> FROM_ATTENDANCE = List.of(ENROLMENT, REGISTER_MARK, SCHOOL_CALENDAR);

	static final Map<String, Set<String>> BY_ROLE = Map.ofEntries(
			Map.entry("SCHOOL_ATTENDANCE_LEAD", Set.copyOf(FROM_ATTENDANCE)),
			Map.entry("SCHOOL_DSL", Set.copyOf(FROM_ATTENDANCE)), Map.entry("SENCO", Set.copyOf(FROM_ATTENDANCE)),
			Map.entry("LA_INCLUSION_OFFICER", Set.copyOf(FROM_ATTENDANCE)),
			Map.entry("EHE_CME_OFFICER", Set.copyOf(FROM_ATTENDANCE)), Map.entry("SEND_CASEWORKER", Set.of(ENROLMENT)),
			Map.entry("TRANSPORT_OFFICER", Set.of(ENROLMENT, SCHOOL_CALENDAR)));

	private ChangeReaders() {
	}

	/** The entity types any of the roles may read, in name order. */
	public static Set<String> entitiesFor(Collection<String> roles) {
		Set<String> entities = new TreeSet<>();
		for (String role : roles) {
			entities.addAll(BY_ROLE.getOrDefault(role, Set.of()));
		}
		return entities;
	}

}
