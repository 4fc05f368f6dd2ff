package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.List;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Where each pupil's part-time timetables are kept, one record per pupil. */
public interface TimetableStore {

	PupilTimetables find(Upn upn);

	/**
	 * Writes the pupil's timetables as the next version, with the changes for the feed.
	 * @return false when another writer got there first (nothing written)
	 */
	boolean save(PupilTimetables timetables, List<Change> changes);

	/** Every pupil with a timetable recorded. */
	void forEach(Consumer<PupilTimetables> action);

}
