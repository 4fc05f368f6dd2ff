package uk.gov.dorsetcouncil.edu.transport.distance;

import java.time.Clock;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import uk.gov.dorsetcouncil.edu.transport.distance.RoadNetwork.Way;

/**
 * The embedded router: shortest routes over a {@link RoadNetwork} with JGraphT's Dijkstra
 * (ADR 0032). Walking uses roads and paths, driving roads only. A route starts at the
 * junction nearest the origin (where the home meets the road or path, as Dorset measures)
 * and ends at the junction of the destination (a school entrance stands on one); one
 * search from the origin answers every destination. The network is held in memory,
 * read-only, so concurrent searches need no lock.
 */
public final class NetworkRouteDistances implements RouteDistances {

	public static final String PROVIDER = "embedded-network";

	private final List<GeoPoint> junctions;

	private final Map<TravelMode, Graph<Integer, Way>> graphs = new HashMap<>();

	private final Map<TravelMode, BitSet> onGraph = new HashMap<>();

	private final Clock clock;

	public NetworkRouteDistances(RoadNetwork network, Clock clock) {
		this.junctions = network.junctions();
		this.clock = clock;
		for (TravelMode mode : TravelMode.values()) {
			Graph<Integer, Way> graph = GraphTypeBuilder.<Integer, Way>undirected()
				.weighted(true)
				.allowingMultipleEdges(true)
				.allowingSelfLoops(false)
				.buildGraph();
			BitSet used = new BitSet();
			for (Way way : network.ways()) {
				if (mode == TravelMode.WALKING || way.road()) {
					graph.addVertex(way.from());
					graph.addVertex(way.to());
					graph.addEdge(way.from(), way.to(), way);
					graph.setEdgeWeight(way, way.metres());
					used.set(way.from());
					used.set(way.to());
				}
			}
			this.graphs.put(mode, graph);
			this.onGraph.put(mode, used);
		}
	}

	@Override
	public RouteMeasurement from(GeoPoint origin, TravelMode mode, List<Destination> destinations) {
		int start = nearest(origin, mode);
		SingleSourcePaths<Integer, Way> paths = new DijkstraShortestPath<>(this.graphs.get(mode)).getPaths(start);
		Map<String, Route> routes = new HashMap<>();
		for (Destination destination : destinations) {
			GraphPath<Integer, Way> path = paths.getPath(nearest(destination.point(), mode));
			if (path != null) {
				routes.put(destination.id(),
						new Route(path.getWeight(), path.getEdgeList().stream().map(Way::section).toList()));
			}
		}
		return RouteMeasurement.measured(PROVIDER, mode, this.clock.instant(), this.junctions.get(start), routes);
	}

	/** The junction on the mode's network nearest the point. */
	int nearest(GeoPoint point, TravelMode mode) {
		BitSet used = this.onGraph.get(mode);
		int best = -1;
		double bestMetres = Double.MAX_VALUE;
		for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
			double metres = point.metresTo(this.junctions.get(i));
			if (metres < bestMetres) {
				best = i;
				bestMetres = metres;
			}
		}
		return best;
	}

}
