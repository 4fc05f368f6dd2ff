package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;

/** Where disruptions are kept, one record each. */
public interface DisruptionStore {

	Optional<Disruption> find(String id);

	/** Disruptions whose days overlap the period, earliest first. */
	List<Disruption> overlapping(java.time.LocalDate from, java.time.LocalDate to);

	/** How many disruptions begin on a day (for the next id). */
	int countStartingOn(java.time.LocalDate day);

	/**
	 * Keeps a new disruption with its change for the feed.
	 * @return false when one with its id is already kept (nothing written)
	 */
	boolean add(Disruption disruption, List<Change> changes);

}
