package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where the Board's reports are kept, one per meeting. */
public interface BoardReports {

	Optional<BoardReport> find(LocalDate meeting);

	/** Every report, by meeting. */
	List<BoardReport> all();

	/**
	 * @return false when the meeting already has a report (nothing written)
	 */
	boolean create(BoardReport report);

	/**
	 * Writes the report's next version.
	 * @return false when the version held is not the one before (nothing written)
	 */
	boolean replace(BoardReport report);

}
