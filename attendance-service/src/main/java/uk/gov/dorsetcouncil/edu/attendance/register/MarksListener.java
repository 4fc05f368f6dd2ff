package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;

/**
 * Told of every year of marks a store saves and every register it receives, so read
 * models stay current whichever path wrote the marks (a register, a bulk import, the
 * stream, a connector).
 */
public interface MarksListener {

	/**
	 * @param saved the year as now stored, with its new version
	 */
	void marksSaved(YearMarks saved);

	/**
	 * A school's registers for a day were received (ADR 0017): the day as it now waits to
	 * be folded, every pupil it lists with their marks.
	 */
	default void registersReceived(String urn, InboxDay day) {
	}

	/** A day of registers, as received at version {@code received}, was folded. */
	default void registersFolded(String urn, LocalDate date, long received) {
	}

	/**
	 * A write (one document or a bulk write) was made and every save in it reported:
	 * counted once, so that other replicas learn of it (ADR 0025).
	 */
	default void written() {
	}

}
