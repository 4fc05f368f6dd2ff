package uk.gov.dorsetcouncil.edu.attendance.register;

/**
 * Told of every year of marks a store saves, so read models stay current whichever path
 * wrote the marks (a register, a bulk import, the stream, a connector).
 */
public interface MarksListener {

	/**
	 * @param saved the year as now stored, with its new version
	 */
	void marksSaved(YearMarks saved);

}
