package uk.gov.dorsetcouncil.edu.transport.distance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.config.SyntheticRoadNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.RoadNetwork.Way;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkRouteDistancesTest {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	/**
	 * A square of roads 1 km a side (0 south-west, 1 south-east, 2 north-east, 3
	 * north-west) with a footpath across it from 0 to 2.
	 */
	static final RoadNetwork SQUARE = new RoadNetwork(
			List.of(new GeoPoint(50.7, -2.4), new GeoPoint(50.7, -2.3858), new GeoPoint(50.709, -2.3858),
					new GeoPoint(50.709, -2.4)),
			List.of(new Way(0, 1, true, 1000, "0-1"), new Way(1, 2, true, 1000, "1-2"),
					new Way(2, 3, true, 1000, "2-3"), new Way(0, 3, true, 1000, "0-3"),
					new Way(0, 2, false, 1450, "0-2")));

	@Test
	void aWalkTakesTheFootpathADriveTheRoads() {
		NetworkRouteDistances router = new NetworkRouteDistances(SQUARE, CLOCK);
		GeoPoint home = new GeoPoint(50.7001, -2.4001);
		List<Destination> school = List.of(new Destination("gate", new GeoPoint(50.709, -2.3858)));
		RouteMeasurement walking = router.from(home, TravelMode.WALKING, school);
		RouteMeasurement road = router.from(home, TravelMode.ROAD, school);
		assertThat(walking.to("gate").orElseThrow().metres()).isEqualTo(1450);
		assertThat(walking.to("gate").orElseThrow().sections()).containsExactly("0-2");
		assertThat(road.to("gate").orElseThrow().metres()).isEqualTo(2000);
		assertThat(walking.provider()).isEqualTo(NetworkRouteDistances.PROVIDER);
		assertThat(walking.measuredAt()).isEqualTo(CLOCK.instant());
		// the route starts where the home meets the network: the junction nearest it
		assertThat(walking.accessPoint()).isEqualTo(new GeoPoint(50.7, -2.4));
	}

	@Test
	void onTheSyntheticNetworkAWalkIsNeverShorterThanTheStraightLineNorLongerThanTheDrive() {
		TravelNetwork network = TravelNetwork.generate(2026);
		NetworkRouteDistances router = new NetworkRouteDistances(SyntheticRoadNetwork.of(network), CLOCK);
		// road junctions (every fourth row and column), so both modes start at the same
		// one
		TravelNetwork.Node from = network.nodes().get(0);
		List<Destination> targets = network.nodes()
			.stream()
			.filter(n -> n.row() % 4 == 0 && n.column() % 4 == 0 && n.id() % 7 == 0)
			.map(n -> new Destination("n" + n.id(), new GeoPoint(n.latitude(), n.longitude())))
			.toList();
		GeoPoint origin = new GeoPoint(from.latitude(), from.longitude());
		RouteMeasurement walking = router.from(origin, TravelMode.WALKING, targets);
		RouteMeasurement road = router.from(origin, TravelMode.ROAD, targets);
		assertThat(targets).hasSizeGreaterThan(20);
		long shorterOnFoot = 0;
		for (Destination target : targets) {
			double walked = walking.to(target.id()).orElseThrow().metres();
			double driven = road.to(target.id()).orElseThrow().metres();
			assertThat(walked).isGreaterThanOrEqualTo(origin.metresTo(target.point()) - 0.001);
			assertThat(walked).isLessThanOrEqualTo(driven + 0.001);
			shorterOnFoot += (walked < driven - 1) ? 1 : 0;
		}
		assertThat(shorterOnFoot).as("footpaths shorten some walks").isPositive();
		assertThat(walking.to(targets.get(0).id()).orElseThrow().metres()).isCloseTo(0, within(0.001));
	}

}
