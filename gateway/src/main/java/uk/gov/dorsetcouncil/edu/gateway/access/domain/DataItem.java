package uk.gov.dorsetcouncil.edu.gateway.access.domain;

/**
 * The parts of a child's record the gateway can release, each the unit of a field-level
 * grant (a role's policy, a data-sharing agreement's data items, an audit record's
 * fields). Each needs the scope of the service that holds it, and says whether it is
 * special-category or safeguarding-sensitive data (UK GDPR Art 9; Working Together to
 * Safeguard Children 2023), which some roles never see.
 */
public enum DataItem {

	/** Attendance figures, academic year to date, per enrolment. */
	ATTENDANCE("attendance:read", "attendance", false),
	/**
	 * Suspensions (with reasons) and permanent exclusions: behaviour,
	 * safeguarding-sensitive.
	 */
	SUSPENSIONS_AND_EXCLUSIONS("belonging:read", "belonging", true),
	/**
	 * Whether the child is on a part-time timetable: a safeguarding indicator (DfE 2024).
	 */
	PART_TIME_TIMETABLE("belonging:read", "belonging", true),
	/**
	 * EHC plan status, dates and named school: SEN and health needs (special category).
	 */
	EHC_PLAN("ehcp:read", "send", true),
	/** Home-to-school travel arrangements. */
	TRANSPORT("transport:read", "transport", false);

	private final String scope;

	private final String service;

	private final boolean sensitive;

	DataItem(String scope, String service, boolean sensitive) {
		this.scope = scope;
		this.service = service;
		this.sensitive = sensitive;
	}

	/** The items held by a service (its name in configuration: attendance, send, ...). */
	public static java.util.List<DataItem> heldBy(String service) {
		return java.util.Arrays.stream(values()).filter(item -> item.service.equals(service)).toList();
	}

	/** The scope a caller acting in its own right needs to receive this item. */
	public String scope() {
		return this.scope;
	}

	/** Health, SEN or safeguarding data. */
	public boolean sensitive() {
		return this.sensitive;
	}

}
