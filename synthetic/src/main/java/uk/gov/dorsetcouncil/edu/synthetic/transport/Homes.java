package uk.gov.dorsetcouncil.edu.synthetic.transport;

import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork.Node;

/**
 * Where a pupil lives on the {@link TravelNetwork}: most near their school, about a third
 * anywhere in its locality (Dorset is rural: many pupils live miles from school). The
 * home stands a few tens of metres off a junction, where its boundary meets the road or
 * path. The same seed and pupil give the same home.
 */
public final class Homes {

	/** Share of pupils living anywhere in the locality rather than near the school. */
	static final double RURAL_SHARE = 0.35;

	private Homes() {
	}

	public record Home(double latitude, double longitude, boolean rural) {
	}

	/**
	 * @param serial numbers the pupil within its school (any stable number)
	 */
	public static Home of(long seed, TravelNetwork network, School school, SchoolSites.Site site, long serial) {
		SplittableRandom draws = Draws.stream(seed, Purpose.HOME, school.index(), serial);
		Node gate = network.nodes().get(site.entrances().get(0).node());
		boolean rural = draws.nextDouble() < RURAL_SHARE;
		int row;
		int column;
		if (rural) {
			row = draws.nextInt(TravelNetwork.SIDE);
			column = draws.nextInt(TravelNetwork.SIDE);
		}
		else {
			row = clamp((int) Math.round(gate.row() + draws.nextGaussian() * 2.5));
			column = clamp((int) Math.round(gate.column() + draws.nextGaussian() * 2.5));
		}
		Node near = network.node(gate.locality(), row, column);
		double offsetNorth = 20 + draws.nextDouble() * 40;
		double offsetEast = 20 + draws.nextDouble() * 40;
		return new Home(near.latitude() + offsetNorth / TravelNetwork.METRES_PER_DEGREE,
				near.longitude()
						+ offsetEast / (TravelNetwork.METRES_PER_DEGREE * Math.cos(Math.toRadians(near.latitude()))),
				rural);
	}

	private static int clamp(int index) {
		return Math.max(0, Math.min(TravelNetwork.SIDE - 1, index));
	}

}
