package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;

import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;

/**
 * A school as transport needs it: the year groups it teaches, whether it is mainstream,
 * its religious character, whether it has a place, and its entrances (data: distances end
 * at the nearest available entrance, as Dorset measures).
 */
public record SchoolSite(String urn, String name, int lowestYear, int highestYear, boolean mainstream,
		String religiousCharacter, boolean placeAvailable, List<Entrance> entrances) {

	public SchoolSite {
		entrances = List.copyOf(entrances);
	}

	public record Entrance(String id, GeoPoint point) {
	}

	public boolean teaches(int yearGroup) {
		return yearGroup >= this.lowestYear && yearGroup <= this.highestYear;
	}

}
