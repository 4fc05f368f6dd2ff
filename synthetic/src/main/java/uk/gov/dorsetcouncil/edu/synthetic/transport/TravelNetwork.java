package uk.gov.dorsetcouncil.edu.synthetic.transport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import uk.gov.dorsetcouncil.edu.synthetic.Draws;
import uk.gov.dorsetcouncil.edu.synthetic.Draws.Purpose;
import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;

/**
 * A fictional road and footpath network over Dorset's six localities, the same for the
 * same seed. Each locality is a square of {@value #SIDE} x {@value #SIDE} junctions about
 * {@value #SPACING_METRES} m apart around a town centre: roads along every fourth row and
 * column and through the town, footpaths and bridleways between (always to the next
 * junction north or south, often east or west, sometimes across a field on the diagonal),
 * so that a walk is often shorter than a drive and never a straight line. Trunk roads
 * join neighbouring localities. A link's length is its ends' distance on the ground times
 * a winding factor. Junction positions are jittered so that no two distances are round.
 *
 * @param nodes every junction, by id (its index)
 * @param links every road or path between two junctions
 */
public record TravelNetwork(List<Node> nodes, List<Link> links) {

	/** Junctions along each side of a locality's square. */
	public static final int SIDE = 24;

	/** Distance between neighbouring junctions before jitter. */
	public static final int SPACING_METRES = 500;

	/** Metres in a degree of latitude (a sphere of radius 6,371 km). */
	static final double METRES_PER_DEGREE = 111_195.0;

	/**
	 * Town centres, roughly where the localities' main towns are (Shaftesbury and
	 * Gillingham, Weymouth, Dorchester, Bridport, Wimborne and Ferndown, Wareham and
	 * Swanage): positions of a fictional network, not a map.
	 */
	static final Map<Locality, double[]> CENTRES = new EnumMap<>(
			Map.of(Locality.NORTH, new double[] { 50.98, -2.25 }, Locality.CHESIL, new double[] { 50.60, -2.50 },
					Locality.DORCHESTER, new double[] { 50.72, -2.43 }, Locality.WEST, new double[] { 50.76, -2.78 },
					Locality.EAST, new double[] { 50.82, -1.95 }, Locality.PURBECK, new double[] { 50.64, -2.05 }));

	/** Trunk roads between neighbouring localities. */
	static final List<Locality[]> TRUNK_ROADS = List.of(new Locality[] { Locality.DORCHESTER, Locality.WEST },
			new Locality[] { Locality.DORCHESTER, Locality.CHESIL },
			new Locality[] { Locality.DORCHESTER, Locality.NORTH },
			new Locality[] { Locality.DORCHESTER, Locality.PURBECK },
			new Locality[] { Locality.PURBECK, Locality.EAST }, new Locality[] { Locality.NORTH, Locality.EAST });

	public TravelNetwork {
		nodes = List.copyOf(nodes);
		links = List.copyOf(links);
	}

	/** A junction, where roads and paths meet. */
	public record Node(int id, double latitude, double longitude, Locality locality, int row, int column) {
	}

	/** A road or path between two junctions, walkable both ways; roads also drivable. */
	public record Link(int from, int to, Kind kind, double metres) {

		public enum Kind {

			ROAD, FOOTPATH

		}

		/** The section's name in route assessments: its junctions, lower first. */
		public String section() {
			return Math.min(this.from, this.to) + "-" + Math.max(this.from, this.to);
		}

	}

	public static TravelNetwork generate(long seed) {
		List<Node> nodes = new ArrayList<>();
		List<Link> links = new ArrayList<>();
		for (Locality locality : Locality.values()) {
			int first = nodes.size();
			SplittableRandom jitter = Draws.stream(seed, Purpose.NETWORK, locality.ordinal(), 0);
			double[] centre = CENTRES.get(locality);
			for (int row = 0; row < SIDE; row++) {
				for (int column = 0; column < SIDE; column++) {
					double north = (row - (SIDE - 1) / 2.0) * SPACING_METRES + (jitter.nextDouble() - 0.5) * 200;
					double east = (column - (SIDE - 1) / 2.0) * SPACING_METRES + (jitter.nextDouble() - 0.5) * 200;
					nodes.add(new Node(nodes.size(), centre[0] + north / METRES_PER_DEGREE,
							centre[1] + east / (METRES_PER_DEGREE * Math.cos(Math.toRadians(centre[0]))), locality, row,
							column));
				}
			}
			SplittableRandom paths = Draws.stream(seed, Purpose.NETWORK, locality.ordinal(), 1);
			for (int row = 0; row < SIDE; row++) {
				for (int column = 0; column < SIDE; column++) {
					int here = first + row * SIDE + column;
					if (column + 1 < SIDE) {
						boolean road = row % 4 == 0 || town(row) && town(column) || town(row) && town(column + 1);
						if (road || paths.nextDouble() < 0.5) {
							links.add(link(nodes, here, here + 1, road, paths));
						}
					}
					if (row + 1 < SIDE) {
						boolean road = column % 4 == 0 || town(column) && town(row) && town(row + 1);
						links.add(link(nodes, here, here + SIDE, road, paths));
					}
					if (row + 1 < SIDE && column + 1 < SIDE && paths.nextDouble() < 0.25) {
						links.add(link(nodes, here, here + SIDE + 1, false, paths));
					}
				}
			}
		}
		for (Locality[] pair : TRUNK_ROADS) {
			Node a = nearestTo(nodes, pair[0], CENTRES.get(pair[1]));
			Node b = nearestTo(nodes, pair[1], CENTRES.get(pair[0]));
			links.add(new Link(a.id(), b.id(), Link.Kind.ROAD, metres(a, b) * 1.2));
		}
		return new TravelNetwork(nodes, links);
	}

	/** The town: the middle third of a locality's square, with roads everywhere. */
	static boolean town(int index) {
		return index >= SIDE / 3 && index < 2 * SIDE / 3;
	}

	public Node node(Locality locality, int row, int column) {
		return this.nodes.get(locality.ordinal() * SIDE * SIDE + row * SIDE + column);
	}

	/** Distance on the ground between two junctions (equirectangular: ample at 20 km). */
	public static double metres(Node a, Node b) {
		return metres(a.latitude(), a.longitude(), b.latitude(), b.longitude());
	}

	public static double metres(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
		double x = Math.toRadians(longitudeB - longitudeA) * Math.cos(Math.toRadians((latitudeA + latitudeB) / 2));
		double y = Math.toRadians(latitudeB - latitudeA);
		return Math.sqrt(x * x + y * y) * 6_371_000.0;
	}

	private static Link link(List<Node> nodes, int from, int to, boolean road, SplittableRandom draws) {
		// Roads wind more than paths across fields.
		double winding = road ? 1.0 + draws.nextDouble() * 0.25 : 1.0 + draws.nextDouble() * 0.1;
		return new Link(from, to, road ? Link.Kind.ROAD : Link.Kind.FOOTPATH,
				metres(nodes.get(from), nodes.get(to)) * winding);
	}

	private static Node nearestTo(List<Node> nodes, Locality locality, double[] point) {
		Node best = null;
		double bestMetres = Double.MAX_VALUE;
		for (Node node : nodes) {
			// only road junctions: every fourth row and column
			if (node.locality() == locality && node.row() % 4 == 0 && node.column() % 4 == 0) {
				double m = metres(node.latitude(), node.longitude(), point[0], point[1]);
				if (m < bestMetres) {
					best = node;
					bestMetres = m;
				}
			}
		}
		return best;
	}

}
