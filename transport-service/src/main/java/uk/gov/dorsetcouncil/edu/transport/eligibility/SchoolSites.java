package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;
import java.util.Optional;

/** The county's schools with their entrances. */
public interface SchoolSites {

	Optional<SchoolSite> find(String urn);

	List<SchoolSite> all();

}
