package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.util.Set;

/**
 * A timetable as it stands on a day: its alerts, and the C2 sessions the register holds
 * while it ran (null before the register is due).
 */
public record TimetableStanding(PartTimeTimetable timetable, Set<TimetableAlert> alerts, Integer c2Sessions) {

	public TimetableStanding {
		alerts = Set.copyOf(alerts);
	}

}
