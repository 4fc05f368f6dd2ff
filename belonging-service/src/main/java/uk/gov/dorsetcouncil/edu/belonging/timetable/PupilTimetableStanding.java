package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.LocalDate;
import java.util.List;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A pupil's part-time timetables the caller may see, each as it stands, and the schools
 * whose registers hold C2 marks this academic year on days no agreed timetable covers.
 */
public record PupilTimetableStanding(Upn upn, List<TimetableStanding> timetables, List<UnagreedC2> unagreedC2) {

	public PupilTimetableStanding {
		timetables = List.copyOf(timetables);
		unagreedC2 = List.copyOf(unagreedC2);
	}

	/**
	 * {@link TimetableAlert#C2_WITHOUT_TIMETABLE}: C2 sessions at a school from
	 * {@code from} to {@code to} outside every timetable it agreed.
	 */
	public record UnagreedC2(String schoolUrn, LocalDate from, LocalDate to, int sessions) {
	}

}
