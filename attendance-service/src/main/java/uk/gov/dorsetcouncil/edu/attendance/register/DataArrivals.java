package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * When each school's marks last arrived, whatever path they came by, so officers see
 * which schools' data is stale before trusting a figure (Attendance Strategy: the same
 * day's data from every school). Stalest first.
 */
public final class DataArrivals {

	private final SchoolDirectory schools;

	private final MarkStore marks;

	private final Duration staleAfter;

	private final Clock clock;

	public DataArrivals(SchoolDirectory schools, MarkStore marks, Duration staleAfter, Clock clock) {
		this.schools = schools;
		this.marks = marks;
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/**
	 * @param lastArrivedAt null when nothing has ever arrived
	 */
	public record SchoolArrival(String urn, String name, String locality, Instant lastArrivedAt, boolean stale) {
	}

	public record Report(Instant asOf, Duration staleAfter, long staleSchools, List<SchoolArrival> schools) {
	}

	public Report report(Caller caller) {
		Access.requireCountyWide(caller, Access.ATTENDANCE_READ);
		Instant now = this.clock.instant();
		Map<String, Instant> arrivals = this.marks.lastArrivals();
		List<SchoolArrival> schools = new ArrayList<>();
		for (School school : this.schools.all()) {
			Instant last = arrivals.get(school.urn());
			boolean stale = last == null || last.plus(this.staleAfter).isBefore(now);
			schools.add(new SchoolArrival(school.urn(), school.name(), school.locality().name(), last, stale));
		}
		schools
			.sort(Comparator.comparing(SchoolArrival::lastArrivedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(SchoolArrival::urn));
		return new Report(now, this.staleAfter, schools.stream().filter(SchoolArrival::stale).count(), schools);
	}

}
