package uk.gov.dorsetcouncil.edu.attendance.roll;

/**
 * Told of every pupil a store saves, so read models built from the roll stay current
 * whichever path changed it.
 */
public interface PupilListener {

	/**
	 * @param saved the pupil as now stored, with its new version
	 */
	void pupilSaved(Pupil saved);

	/**
	 * A write (one pupil or a bulk insert) was made and every save in it reported:
	 * counted once, so that other replicas learn of it (ADR 0025).
	 */
	default void written() {
	}

}
