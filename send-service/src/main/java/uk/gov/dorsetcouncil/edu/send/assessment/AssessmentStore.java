package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each child's EHC needs assessments are kept, one record per child. */
public interface AssessmentStore {

	PupilAssessments find(Upn upn);

	/**
	 * Writes the child's assessments as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilAssessments assessments, List<Change> changes);

	/** Every child with an assessment recorded. */
	void forEach(Consumer<PupilAssessments> action);

}
