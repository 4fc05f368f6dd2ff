package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;

/**
 * A suitable school with its distances from the home, as compared in a decision.
 *
 * @param order its place, nearest first, by the walking route
 * @param entrance the nearest available entrance, by the walking route
 * @param walkingMetres along the walking route to that entrance
 * @param roadMetres by road to the nearest entrance by road, or null when not measured
 * @param walkingSections the walking route's sections, or null when the provider does not
 * say
 */
public record ComparedSchool(int order, String urn, String name, String religiousCharacter, String entrance,
		double walkingMetres, Double roadMetres, List<String> walkingSections) {

	public ComparedSchool {
		walkingSections = (walkingSections != null) ? List.copyOf(walkingSections) : null;
	}

	public double walkingMiles() {
		return DistanceLimit.miles(this.walkingMetres);
	}

	public Double roadMiles() {
		return (this.roadMetres != null) ? DistanceLimit.miles(this.roadMetres) : null;
	}

}
