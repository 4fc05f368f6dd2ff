package uk.gov.dorsetcouncil.edu.transport.eligibility;

import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;

/**
 * The box that holds Dorset Council's area (WGS84, rounded outwards from its extent:
 * about 50.51 to 51.08 N and 2.96 to 1.68 W): a home outside it is a mistyped coordinate,
 * not a Dorset family.
 */
public final class CountyBounds {

	static final double SOUTH = 50.50;

	static final double NORTH = 51.10;

	static final double WEST = -3.00;

	static final double EAST = -1.65;

	private CountyBounds() {
	}

	public static boolean holds(GeoPoint point) {
		return point.latitude() >= SOUTH && point.latitude() <= NORTH && point.longitude() >= WEST
				&& point.longitude() <= EAST;
	}

	static String describe() {
		return "latitude " + SOUTH + " to " + NORTH + ", longitude " + WEST + " to " + EAST;
	}

}
