package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's placements and managed moves are kept, one record per pupil. */
public interface PlacementStore {

	PupilPlacements find(Upn upn);

	/**
	 * Writes the pupil's placements and moves as the next version, with the changes for
	 * the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilPlacements placements, List<Change> changes);

	/** Every pupil with a placement or move recorded. */
	void forEach(Consumer<PupilPlacements> action);

}
