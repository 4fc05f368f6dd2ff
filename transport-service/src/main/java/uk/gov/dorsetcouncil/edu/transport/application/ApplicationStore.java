package uk.gov.dorsetcouncil.edu.transport.application;

import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's applications are kept, one record per pupil. */
public interface ApplicationStore {

	PupilApplications find(Upn upn);

	/** Every pupil with an appeal stage still open (the deadlines view). */
	List<PupilApplications> withOpenAppeals();

	/**
	 * Writes the pupil's applications as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilApplications applications, List<Change> changes);

}
