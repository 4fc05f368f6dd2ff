package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Set;

/**
 * The dashboard's views, and what a viewer needs to be offered one: one of its scopes and
 * an organisation type. This decides only which links a viewer is shown; whether the data
 * is released is decided by the platform's API, which every view asks as the viewer.
 */
public enum View {

	/** The county's figures: local authority staff only (the API's rule). */
	OVERVIEW("Local authority overview", Set.of("dashboards:read"), Set.of("LOCAL_AUTHORITY")),

	/** A locality's figures by school. */
	LOCALITY("Locality", Set.of("dashboards:read"), Set.of("LOCAL_AUTHORITY", "LOCALITY")),

	/** A school's figures. */
	SCHOOL("School", Set.of("dashboards:read"), Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** The children who need help now. */
	ALERTS("Children who need help now", Set.of("attendance:read"), Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** A child's profile across services. */
	CHILD("A child's profile", Set.of("profile:read"), Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/**
	 * Suspension and exclusion rates by any split, and the part-time timetables raising
	 * alerts; the Education Board analyst sees the rates with small numbers hidden.
	 */
	BELONGING("Suspensions, exclusions and part-time timetables", Set.of("belonging:read", "measures:read"),
			Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** A SEND caseworker's queues of EHC assessment and annual review steps. */
	SEND_QUEUES("EHC assessments and reviews due", Set.of("ehcp:read"), Set.of("LOCAL_AUTHORITY", "SCHOOL")),

	/** Statutory deadlines this week and overdue. */
	DEADLINES("Statutory deadlines", Set.of("deadlines:read"), Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL"));

	private final String title;

	private final Set<String> scopes;

	private final Set<String> organisationTypes;

	View(String title, Set<String> scopes, Set<String> organisationTypes) {
		this.title = title;
		this.scopes = scopes;
		this.organisationTypes = organisationTypes;
	}

	public String title() {
		return this.title;
	}

	boolean offeredTo(Viewer viewer) {
		return this.scopes.stream().anyMatch(viewer.scopes()::contains)
				&& this.organisationTypes.contains(viewer.organisationType());
	}

}
