package uk.gov.dorsetcouncil.edu.synthetic.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork.Node;

/**
 * Where each fictional school stands on the {@link TravelNetwork}: its entrances (a main
 * gate on a road, and for some a second, pedestrian gate on a path), its religious
 * character, and whether it has a place in the year groups transport asks about. Town
 * schools cluster near the centre, village primaries spread over the locality. The same
 * seed and school give the same site.
 */
public final class SchoolSites {

	private SchoolSites() {
	}

	/** A school's site as transport sees it. */
	public record Site(String urn, String name, Phase phase, int lowestYear, int highestYear, String religiousCharacter,
			boolean placeAvailable, List<Entrance> entrances) {

		public Site {
			entrances = List.copyOf(entrances);
		}

	}

	/** A gate into the school grounds, at a junction of the network. */
	public record Entrance(String id, int node, double latitude, double longitude) {
	}

	/**
	 * A section of the network assessed as unsafe to walk (no pavement, fast traffic), on
	 * the way to a school: route assessments as data.
	 */
	public record UnsafeSection(String id, String schoolUrn, String section, String reason) {
	}

	public static List<Site> of(long seed, TravelNetwork network, List<School> schools) {
		List<Site> sites = new ArrayList<>();
		for (School school : schools) {
			sites.add(site(seed, network, school));
		}
		return sites;
	}

	static Site site(long seed, TravelNetwork network, School school) {
		SplittableRandom draws = Draws.stream(seed, Purpose.SCHOOL_SITE, school.index());
		// Village primaries spread wide; secondary, special and AP stay in town.
		boolean village = (school.phase() == Phase.PRIMARY || school.phase() == Phase.FIRST);
		double spread = village ? 6.0 : 2.0;
		int row = clamp((int) Math.round((TravelNetwork.SIDE - 1) / 2.0 + draws.nextGaussian() * spread));
		int column = clamp((int) Math.round((TravelNetwork.SIDE - 1) / 2.0 + draws.nextGaussian() * spread));
		// The main gate is on a road: the nearest junction on a road row (every fourth).
		int roadRow = Math.min((TravelNetwork.SIDE - 1) / 4 * 4, Math.round(row / 4.0f) * 4);
		Node main = network.node(school.locality(), roadRow, column);
		List<Entrance> entrances = new ArrayList<>();
		entrances.add(new Entrance(school.urn() + "-MAIN", main.id(), main.latitude(), main.longitude()));
		if (draws.nextDouble() < 0.4) {
			// A pedestrian gate onto the footpaths behind the school.
			int gateRow = (roadRow + 1 < TravelNetwork.SIDE) ? roadRow + 1 : roadRow - 1;
			Node gate = network.node(school.locality(), gateRow, column);
			entrances.add(new Entrance(school.urn() + "-PATH", gate.id(), gate.latitude(), gate.longitude()));
		}
		double faith = draws.nextDouble();
		String character = "NONE";
		if (school.phase().mainstream()) {
			double churchShare = village ? 0.3 : 0.1;
			character = (faith < churchShare) ? "CHURCH_OF_ENGLAND"
					: (faith < churchShare + 0.05) ? "ROMAN_CATHOLIC" : "NONE";
		}
		boolean place = draws.nextDouble() < 0.9;
		return new Site(school.urn(), school.name(), school.phase(), school.lowestYear(), school.highestYear(),
				character, place, entrances);
	}

	/**
	 * Unsafe sections: for about one school in six, the road link just west of its main
	 * gate (a lane without a pavement).
	 */
	public static List<UnsafeSection> unsafeSections(long seed, TravelNetwork network, List<Site> sites) {
		List<UnsafeSection> unsafe = new ArrayList<>();
		for (Site site : sites) {
			SplittableRandom draws = Draws.stream(seed, Purpose.SCHOOL_SITE, Long.parseLong(site.urn()), 1);
			if (draws.nextDouble() >= 1.0 / 6) {
				continue;
			}
			int gate = site.entrances().get(0).node();
			for (TravelNetwork.Link link : network.links()) {
				if (link.kind() == TravelNetwork.Link.Kind.ROAD && link.to() == gate && link.from() == gate - 1) {
					unsafe.add(new UnsafeSection("RA-" + site.urn() + "-1", site.urn(), link.section(),
							"no pavement, national speed limit"));
				}
			}
		}
		return unsafe;
	}

	private static int clamp(int index) {
		return Math.max(0, Math.min(TravelNetwork.SIDE - 1, index));
	}

}
