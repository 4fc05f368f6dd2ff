package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.Set;

/**
 * Which schools a locality holds: attendance-service keeps each school's locality, and a
 * locality officer sees the exclusions of those schools only.
 */
public interface Localities {

	/** The URNs of the locality's schools, as the caller may know them. */
	Set<String> schoolsOf(String locality);

}
