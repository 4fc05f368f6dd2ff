package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's decisions are kept, one record per pupil. */
public interface DecisionStore {

	PupilDecisions find(Upn upn);

	/**
	 * Every pupil's decisions (the list of entitled pupils not travelling reads them).
	 */
	List<PupilDecisions> all();

	/**
	 * Writes the pupil's decisions as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilDecisions decisions, List<Change> changes);

}
