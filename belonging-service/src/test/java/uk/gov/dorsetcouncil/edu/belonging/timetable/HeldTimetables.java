package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Timetables held in memory with the store's version check, and the changes written. */
public final class HeldTimetables implements TimetableStore {

	public final Map<Upn, PupilTimetables> pupils = new ConcurrentHashMap<>();

	public final List<Change> changes = new ArrayList<>();

	@Override
	public PupilTimetables find(Upn upn) {
		return this.pupils.getOrDefault(upn, PupilTimetables.none(upn));
	}

	@Override
	public synchronized boolean save(PupilTimetables timetables, List<Change> changes) {
		if (find(timetables.upn()).version() != timetables.version()) {
			return false;
		}
		this.pupils.put(timetables.upn(),
				new PupilTimetables(timetables.upn(), timetables.timetables(), timetables.version() + 1));
		this.changes.addAll(changes);
		return true;
	}

	@Override
	public void forEach(Consumer<PupilTimetables> action) {
		this.pupils.values().forEach(action);
	}

}
