package uk.gov.dorsetcouncil.edu.attendance.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where schools are kept. */
public interface SchoolDirectory {

	Optional<School> find(String urn);

	List<School> all();

	/**
	 * Creates or updates a school's details, leaving its closures as they are.
	 */
	void save(String urn, String laestab, String name, Phase phase, Locality locality);

	void addClosure(String urn, LocalDate date, String reason);

	void removeClosure(String urn, LocalDate date);

}
