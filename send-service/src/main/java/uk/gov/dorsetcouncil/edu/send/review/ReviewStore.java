package uk.gov.dorsetcouncil.edu.send.review;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each child's annual reviews are kept, one record per child. */
public interface ReviewStore {

	PupilReviews find(Upn upn);

	/**
	 * Writes the child's reviews as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilReviews reviews, List<Change> changes);

	/** Every child with a review recorded. */
	void forEach(Consumer<PupilReviews> action);

}
