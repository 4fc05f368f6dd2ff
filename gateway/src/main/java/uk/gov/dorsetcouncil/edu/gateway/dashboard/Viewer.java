package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who is signed in to the dashboard, as their verified token names them: the subject, the
 * organisation they act for ({@code TYPE:id}), their roles and scopes.
 */
public record Viewer(String subject, String organisation, List<String> roles, Set<String> scopes) {

	public Viewer {
		roles = List.copyOf(roles);
		scopes = Set.copyOf(scopes);
	}

	/** The organisation's type, e.g. SCHOOL, LOCALITY, LOCAL_AUTHORITY. */
	public String organisationType() {
		int colon = this.organisation.indexOf(':');
		return (colon < 0) ? this.organisation : this.organisation.substring(0, colon);
	}

	/** The organisation's id: a URN, a locality's name, a DfE LA code. */
	public String organisationId() {
		int colon = this.organisation.indexOf(':');
		return (colon < 0) ? "" : this.organisation.substring(colon + 1);
	}

	/** Whose data the pages show, in words: every page says it. */
	public String whoseData() {
		return switch (organisationType()) {
			case "SCHOOL" -> "school " + organisationId() + " and its pupils";
			case "LOCALITY" -> "the " + titleCase(organisationId()) + " locality's schools and their pupils";
			case "LOCAL_AUTHORITY" -> "Dorset Council: the whole county";
			default ->
				titleCase(organisationType()) + " " + organisationId() + ": only what a data-sharing agreement allows";
		};
	}

	/** The viewer's roles in words, e.g. "school attendance lead". */
	public String rolesInWords() {
		return String.join(", ",
				this.roles.stream().map(role -> role.replace('_', ' ').toLowerCase(Locale.ROOT)).toList());
	}

	/** The views offered to this viewer, in the order the navigation lists them. */
	public List<View> views() {
		return Arrays.stream(View.values()).filter(view -> view.offeredTo(this)).toList();
	}

	/**
	 * Whether the navigation offers the view (the API still decides what it releases).
	 */
	public boolean offered(View view) {
		return view.offeredTo(this);
	}

	/**
	 * Where the viewer starts: the overview for the county, their own locality or school
	 * otherwise, then the alert list, the EHC queues, the belonging view or deadlines for
	 * those without area figures.
	 */
	public String home() {
		if (offered(View.OVERVIEW)) {
			return "/dashboard/overview";
		}
		if (offered(View.LOCALITY) && "LOCALITY".equals(organisationType())) {
			return "/dashboard/localities/" + organisationId();
		}
		if (offered(View.SCHOOL) && "SCHOOL".equals(organisationType())) {
			return "/dashboard/schools/" + organisationId();
		}
		if (offered(View.ALERTS)) {
			return "/dashboard/alerts";
		}
		if (offered(View.SEND_QUEUES)) {
			return "/dashboard/send";
		}
		if (offered(View.BELONGING)) {
			return "/dashboard/belonging";
		}
		if (offered(View.DEADLINES)) {
			return "/dashboard/deadlines";
		}
		return "/dashboard/nothing-to-show";
	}

	private static String titleCase(String words) {
		String lower = words.replace('_', ' ').toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

}
