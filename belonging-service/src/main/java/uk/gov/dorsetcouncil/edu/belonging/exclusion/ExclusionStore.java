package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's exclusions are kept, one record per pupil. */
public interface ExclusionStore {

	PupilExclusions find(Upn upn);

	/**
	 * Writes the pupil's exclusions as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilExclusions exclusions, List<Change> changes);

	/** Every pupil with an exclusion recorded. */
	void forEach(Consumer<PupilExclusions> action);

}
