package uk.gov.dorsetcouncil.edu.transport.eligibility.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.synthetic.school.SchoolCatalogue;
import uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites.Site;
import uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites.UnsafeSection;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.eligibility.RouteAssessment;
import uk.gov.dorsetcouncil.edu.transport.eligibility.RouteAssessments;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSite;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;

/**
 * The county's school sites, entrances and unsafe route sections as data: those of the
 * fictional network that the embedded router routes over (the same seed as the local
 * run's schools), held in memory. A council's GIS export would take its place in
 * production.
 */
public final class NetworkSchoolSites implements SchoolSites, RouteAssessments {

	private final Map<String, SchoolSite> sites = new LinkedHashMap<>();

	private final Map<String, List<RouteAssessment>> unsafe;

	public NetworkSchoolSites(long seed, TravelNetwork network) {
		List<Site> generated = uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites.of(seed, network,
				SchoolCatalogue.dorset(seed));
		for (Site site : generated) {
			this.sites.put(site.urn(),
					new SchoolSite(site.urn(), site.name(), site.lowestYear(), site.highestYear(),
							site.phase().mainstream(), site.religiousCharacter(), site.placeAvailable(),
							site.entrances()
								.stream()
								.map(e -> new SchoolSite.Entrance(e.id(), new GeoPoint(e.latitude(), e.longitude())))
								.toList()));
		}
		this.unsafe = uk.gov.dorsetcouncil.edu.synthetic.transport.SchoolSites.unsafeSections(seed, network, generated)
			.stream()
			.collect(Collectors.groupingBy(UnsafeSection::schoolUrn, Collectors.mapping(
					u -> new RouteAssessment(u.id(), u.schoolUrn(), u.section(), u.reason()), Collectors.toList())));
	}

	@Override
	public Optional<SchoolSite> find(String urn) {
		return Optional.ofNullable(this.sites.get(urn));
	}

	@Override
	public List<SchoolSite> all() {
		return List.copyOf(this.sites.values());
	}

	@Override
	public List<RouteAssessment> unsafeOnTheWayTo(String schoolUrn) {
		return this.unsafe.getOrDefault(schoolUrn, List.of());
	}

}
