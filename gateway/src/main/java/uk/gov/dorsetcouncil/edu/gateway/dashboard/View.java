package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Set;

/**
 * The dashboard's views, and what a viewer needs to be offered one: a scope and an
 * organisation type. This decides only which links a viewer is shown; whether the data is
 * released is decided by the platform's API, which every view asks as the viewer.
 */
public enum View {

	/** The county's figures: local authority staff only (the API's rule). */
	OVERVIEW("Local authority overview", "dashboards:read", Set.of("LOCAL_AUTHORITY")),

	/** A locality's figures by school. */
	LOCALITY("Locality", "dashboards:read", Set.of("LOCAL_AUTHORITY", "LOCALITY")),

	/** A school's figures. */
	SCHOOL("School", "dashboards:read", Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** The children who need help now. */
	ALERTS("Children who need help now", "attendance:read", Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** A child's profile across services. */
	CHILD("A child's profile", "profile:read", Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL")),

	/** Statutory deadlines this week and overdue. */
	DEADLINES("Statutory deadlines", "deadlines:read", Set.of("LOCAL_AUTHORITY", "LOCALITY", "SCHOOL"));

	private final String title;

	private final String scope;

	private final Set<String> organisationTypes;

	View(String title, String scope, Set<String> organisationTypes) {
		this.title = title;
		this.scope = scope;
		this.organisationTypes = organisationTypes;
	}

	public String title() {
		return this.title;
	}

	boolean offeredTo(Viewer viewer) {
		return viewer.scopes().contains(this.scope) && this.organisationTypes.contains(viewer.organisationType());
	}

}
