package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each child's register entries are kept, one record per child. */
public interface RegisterStore {

	PupilRegisters find(Upn upn);

	/**
	 * Writes the child's entries as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilRegisters registers, List<Change> changes);

	/** Every child with an entry. */
	void forEach(Consumer<PupilRegisters> action);

}
