package uk.gov.dorsetcouncil.edu.pledge.workforce;

import java.util.List;
import java.util.Optional;

/** Where schools' workforce submissions are kept, every one. */
public interface WorkforceSubmissions {

	Optional<WorkforceSubmission> find(String id);

	/** Every submission for a term, every school, every sequence. */
	List<WorkforceSubmission> ofTerm(String term);

	/** Every submission of a school for a term, oldest first. */
	List<WorkforceSubmission> of(String school, String term);

	/**
	 * Adds submissions together where the store allows (one insert each here).
	 * @return false when an id is already held (another sent the same school and term at
	 * the same moment); nothing is then written of that one
	 */
	boolean append(WorkforceSubmission submission);

}
