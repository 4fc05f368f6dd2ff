package uk.gov.dorsetcouncil.edu.gateway.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of a child's record each role may receive (field-level policy, after Ed-Fi
 * claim sets and Wonde's field grants). A caller receives the union over its roles,
 * narrowed by its scopes or, for an outside partner, by its data-sharing agreement. A
 * role not listed receives nothing (deny by default).
 *
 * <ul>
 * <li>Schools' staff see their own pupils; the attendance lead sees no EHC plan (the
 * SENCO and DSL do).</li>
 * <li>The transport officer sees no health or safeguarding item: travel, attendance and
 * where the child is taught (AP placements, without their reasons), because the LA
 * arranges travel to alternative provision too.</li>
 * <li>A locality inclusion officer sees attendance only, for pupils of their locality's
 * schools: the other services do not yet scope their records to a locality, so nothing of
 * theirs is released to one.</li>
 * <li>Police and youth justice never receive health items; NHS clinicians never receive
 * behaviour or safeguarding items (data minimisation, UK GDPR Art 5(1)(c)). Each may
 * receive AP placements when its agreement names them; a placement's reason only as far
 * as their other items already disclose it.</li>
 * <li>The Education Board analyst and the auditor receive no child's record at all:
 * aggregates and the audit log only.</li>
 * </ul>
 */
public final class FieldPolicy {

	static final Map<String, Set<DataItem>> BY_ROLE = Map.ofEntries(
			Map.entry("SCHOOL_ATTENDANCE_LEAD",
					EnumSet.of(DataItem.ATTENDANCE, DataItem.SUSPENSIONS_AND_EXCLUSIONS, DataItem.PART_TIME_TIMETABLE,
							DataItem.ALTERNATIVE_PROVISION)),
			Map.entry("SCHOOL_DSL", EnumSet.allOf(DataItem.class)), Map.entry("SENCO", EnumSet.allOf(DataItem.class)),
			Map.entry("LA_INCLUSION_OFFICER", EnumSet.allOf(DataItem.class)),
			Map.entry("SEND_CASEWORKER", EnumSet.allOf(DataItem.class)),
			Map.entry("EHE_CME_OFFICER",
					EnumSet.of(DataItem.ATTENDANCE, DataItem.SUSPENSIONS_AND_EXCLUSIONS, DataItem.PART_TIME_TIMETABLE,
							DataItem.ALTERNATIVE_PROVISION, DataItem.EHC_PLAN, DataItem.REGISTERS)),
			Map.entry("TRANSPORT_OFFICER",
					EnumSet.of(DataItem.ATTENDANCE, DataItem.ALTERNATIVE_PROVISION, DataItem.TRANSPORT)),
			Map.entry("LOCALITY_INCLUSION_OFFICER", EnumSet.of(DataItem.ATTENDANCE)),
			Map.entry("POLICE_ENCOMPASS_OFFICER", EnumSet.of(DataItem.ATTENDANCE, DataItem.ALTERNATIVE_PROVISION)),
			Map.entry("YOUTH_JUSTICE_OFFICER",
					EnumSet.of(DataItem.ATTENDANCE, DataItem.SUSPENSIONS_AND_EXCLUSIONS, DataItem.PART_TIME_TIMETABLE,
							DataItem.ALTERNATIVE_PROVISION)),
			Map.entry("NHS_ADVICE_GIVER",
					EnumSet.of(DataItem.ATTENDANCE, DataItem.ALTERNATIVE_PROVISION, DataItem.EHC_PLAN)));

	private FieldPolicy() {
	}

	/** Every item any of the roles may receive. */
	public static Set<DataItem> forRoles(Collection<String> roles) {
		Set<DataItem> items = EnumSet.noneOf(DataItem.class);
		for (String role : roles) {
			items.addAll(BY_ROLE.getOrDefault(role, Set.of()));
		}
		return items;
	}

	/** The items the caller's scopes grant (see {@link DataItem#grantedBy}). */
	public static Set<DataItem> forScopes(Collection<String> scopes) {
		Set<DataItem> items = EnumSet.noneOf(DataItem.class);
		for (DataItem item : DataItem.values()) {
			if (item.grantedBy(scopes)) {
				items.add(item);
			}
		}
		return items;
	}

}
