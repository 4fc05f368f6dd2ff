package uk.gov.dorsetcouncil.edu.transport.distance;

import java.util.List;

/**
 * A route measured to one destination.
 *
 * @param metres along the route
 * @param sections the network sections it passes, in order, or null when the provider
 * does not say (an outside routing engine answers distances only)
 */
public record Route(double metres, List<String> sections) {

	public Route {
		sections = (sections != null) ? List.copyOf(sections) : null;
	}

	public boolean sectionsKnown() {
		return this.sections != null;
	}

}
