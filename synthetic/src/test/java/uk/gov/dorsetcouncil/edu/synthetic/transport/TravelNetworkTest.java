package uk.gov.dorsetcouncil.edu.synthetic.transport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.synthetic.school.School;
import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork.Link;

import static org.assertj.core.api.Assertions.assertThat;

class TravelNetworkTest {

	static final TravelNetwork NETWORK = TravelNetwork.generate(2026);

	@Test
	void theSameSeedGivesTheSameNetworkAndAnotherADifferentOne() {
		assertThat(TravelNetwork.generate(2026)).isEqualTo(NETWORK);
		assertThat(TravelNetwork.generate(7).links()).isNotEqualTo(NETWORK.links());
	}

	@Test
	void everyJunctionCanBeWalkedToFromEveryOther() {
		assertThat(reachable(NETWORK, false).cardinality()).isEqualTo(NETWORK.nodes().size());
	}

	@Test
	void everySchoolsMainGateIsOnTheRoadsThatJoinTheCounty() {
		BitSet byRoad = reachable(NETWORK, true);
		List<School> schools = SchoolCatalogue.dorset(2026);
		List<SchoolSites.Site> sites = SchoolSites.of(2026, NETWORK, schools);
		assertThat(sites).hasSize(schools.size())
			.allSatisfy(site -> assertThat(byRoad.get(site.entrances().get(0).node())).isTrue());
	}

	@Test
	void aLinkIsAtLeastAsLongAsTheGroundBetweenItsEnds() {
		assertThat(NETWORK.links()).allSatisfy(link -> assertThat(link.metres()).isGreaterThanOrEqualTo(
				TravelNetwork.metres(NETWORK.nodes().get(link.from()), NETWORK.nodes().get(link.to()))));
		assertThat(NETWORK.links().stream().filter(l -> l.kind() == Link.Kind.FOOTPATH).count()).isPositive();
	}

	@Test
	void aboutAThirdOfHomesAreAnywhereInTheLocalityNotNearTheSchool() {
		List<School> schools = SchoolCatalogue.dorset(2026);
		List<SchoolSites.Site> sites = SchoolSites.of(2026, NETWORK, schools);
		List<Homes.Home> homes = new ArrayList<>();
		for (int i = 0; i < schools.size(); i++) {
			for (int serial = 0; serial < 20; serial++) {
				homes.add(Homes.of(2026, NETWORK, schools.get(i), sites.get(i), serial));
			}
		}
		double rural = homes.stream().filter(Homes.Home::rural).count() / (double) homes.size();
		assertThat(rural).isBetween(0.3, 0.4);
	}

	/**
	 * Junctions reached from the first by any link, or by roads only (from a road
	 * junction).
	 */
	private static BitSet reachable(TravelNetwork network, boolean roadsOnly) {
		List<List<Integer>> next = new ArrayList<>();
		network.nodes().forEach(node -> next.add(new ArrayList<>()));
		for (Link link : network.links()) {
			if (!roadsOnly || link.kind() == Link.Kind.ROAD) {
				next.get(link.from()).add(link.to());
				next.get(link.to()).add(link.from());
			}
		}
		BitSet seen = new BitSet();
		Deque<Integer> queue = new ArrayDeque<>(List.of(0));
		seen.set(0);
		while (!queue.isEmpty()) {
			for (int n : next.get(queue.poll())) {
				if (!seen.get(n)) {
					seen.set(n);
					queue.add(n);
				}
			}
		}
		return seen;
	}

}
