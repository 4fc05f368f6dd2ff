package uk.gov.dorsetcouncil.edu.transport.distance;

import java.util.List;

/**
 * Roads and paths as the embedded router sees them: junctions (by index) and the ways
 * between them.
 */
public record RoadNetwork(List<GeoPoint> junctions, List<Way> ways) {

	public RoadNetwork {
		junctions = List.copyOf(junctions);
		ways = List.copyOf(ways);
	}

	/**
	 * A road or path between two junctions, walkable both ways; a road also drivable.
	 *
	 * @param section its name in route assessments
	 */
	public record Way(int from, int to, boolean road, double metres, String section) {
	}

}
