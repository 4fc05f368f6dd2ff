package uk.gov.dorsetcouncil.edu.gateway.access;

/**
 * The parts of a child's record the gateway can release, each the unit of a field-level
 * grant (a role's policy, a data-sharing agreement's data items, an audit record's
 * fields). Each needs the scope of the service that holds it, and says whether it is
 * special-category or safeguarding-sensitive data (UK GDPR Art 9; Working Together to
 * Safeguard Children 2023), which some roles never see.
 */
public enum DataItem {

	/** Attendance figures, academic year to date, per enrolment. */
	ATTENDANCE("attendance:read", null, "attendance", false),
	/**
	 * Suspensions (with reasons) and permanent exclusions: behaviour,
	 * safeguarding-sensitive.
	 */
	SUSPENSIONS_AND_EXCLUSIONS("belonging:read", null, "belonging", true),
	/**
	 * Whether the child is on a part-time timetable: a safeguarding indicator (DfE 2024).
	 */
	PART_TIME_TIMETABLE("belonging:read", null, "belonging", true),
	/**
	 * Alternative provision placements: where the child is taught away from school
	 * (provider, setting, who commissioned it, dates, sessions a week, dual
	 * registration), as attendance enrolments already say where a child is on roll. Why
	 * each placement was made reveals an exclusion, behaviour or health needs, so the
	 * reason is released only as {@link AlternativeProvisionReasons} allows.
	 */
	ALTERNATIVE_PROVISION("belonging:read", "alternative-provision:read", "belonging", false),
	/**
	 * EHC plan status, dates and named school: SEN and health needs (special category).
	 */
	EHC_PLAN("ehcp:read", null, "send", true),
	/** Home-to-school travel arrangements. */
	TRANSPORT("transport:read", null, "transport", false),
	/**
	 * The child's entries on the registers the LA's officers keep (home education,
	 * missing education, no school place, Fair Access; belonging ADR 0030): a child
	 * missing education is a safeguarding matter.
	 */
	REGISTERS("belonging:read", null, "belonging", true);

	private final String scope;

	private final String itemScope;

	private final String service;

	private final boolean sensitive;

	DataItem(String scope, String itemScope, String service, boolean sensitive) {
		this.scope = scope;
		this.itemScope = itemScope;
		this.service = service;
		this.sensitive = sensitive;
	}

	/** The items held by a service (its name in configuration: attendance, send, ...). */
	public static java.util.List<DataItem> heldBy(String service) {
		return java.util.Arrays.stream(values()).filter(item -> item.service.equals(service)).toList();
	}

	/**
	 * The scope of the service that holds this item: a caller holding it may receive the
	 * item, and the gateway asks the service with it.
	 */
	public String scope() {
		return this.scope;
	}

	/**
	 * Whether scopes let a caller acting in its own right receive this item: the
	 * service's scope or, for alternative provision, {@code alternative-provision:read},
	 * which grants the placements without the rest of the belonging record (the transport
	 * officer arranges travel to AP but must not read suspensions).
	 */
	public boolean grantedBy(java.util.Collection<String> scopes) {
		return scopes.contains(this.scope) || (this.itemScope != null && scopes.contains(this.itemScope));
	}

	/** Health, SEN or safeguarding data. */
	public boolean sensitive() {
		return this.sensitive;
	}

}
