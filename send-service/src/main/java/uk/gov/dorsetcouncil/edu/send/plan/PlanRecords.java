package uk.gov.dorsetcouncil.edu.send.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where plan records are kept (the port; MongoDB at the edge). */
public interface PlanRecords {

	Optional<PlanRecord> find(Upn upn);

	/**
	 * Writes the record as its next version with its changes for the feed, if the stored
	 * one is still at {@code record.version()}.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PlanRecord record, List<Change> changes);

	/**
	 * Every plan with its sections and cessation, for counting: without its history,
	 * transfers and amendments, which no count reads and which grow with each change.
	 */
	void forEachCounted(Consumer<PlanRecord> action);

}
