package uk.gov.dorsetcouncil.edu.transport.distance.config;

import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.distance.RoadNetwork;

/** The synthetic network as the embedded router sees it. */
public final class SyntheticRoadNetwork {

	private SyntheticRoadNetwork() {
	}

	public static RoadNetwork of(TravelNetwork network) {
		return new RoadNetwork(
				network.nodes().stream().map(node -> new GeoPoint(node.latitude(), node.longitude())).toList(),
				network.links()
					.stream()
					.map(link -> new RoadNetwork.Way(link.from(), link.to(),
							link.kind() == TravelNetwork.Link.Kind.ROAD, link.metres(), link.section()))
					.toList());
	}

}
