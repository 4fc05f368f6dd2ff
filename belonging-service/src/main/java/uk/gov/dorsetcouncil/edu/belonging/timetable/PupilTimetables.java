package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Every part-time timetable of one pupil, at every school, held together so that a
 * duplicate or an overlapping one is refused in the same version-checked write that
 * stores the new one.
 *
 * @param upn the pupil
 * @param timetables in the order recorded
 * @param version the stored version (0: none stored)
 */
public record PupilTimetables(Upn upn, List<PartTimeTimetable> timetables, long version) {

	public PupilTimetables {
		timetables = List.copyOf(timetables);
	}

	public static PupilTimetables none(Upn upn) {
		return new PupilTimetables(upn, List.of(), 0);
	}

	public Optional<PartTimeTimetable> find(String id) {
		return this.timetables.stream().filter(timetable -> timetable.id().equals(id)).findFirst();
	}

	/** The id the next one recorded takes. */
	public String nextId() {
		return this.upn.value() + "-T" + (this.timetables.size() + 1);
	}

	/** The school's timetables, earliest first. */
	public List<PartTimeTimetable> at(String schoolUrn) {
		return this.timetables.stream()
			.filter(timetable -> timetable.schoolUrn().equals(schoolUrn))
			.sorted(Comparator.comparing(PartTimeTimetable::startDate))
			.toList();
	}

	PupilTimetables with(PartTimeTimetable timetable) {
		List<PartTimeTimetable> all = new ArrayList<>(this.timetables);
		all.removeIf(held -> held.id().equals(timetable.id()));
		all.add(timetable);
		all.sort(Comparator.comparing(held -> Integer.parseInt(held.id().substring(held.id().lastIndexOf('T') + 1))));
		return new PupilTimetables(this.upn, all, this.version);
	}

}
