package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;

/**
 * Whether each school's registers are up to date, so officers see which schools' data is
 * stale before trusting a figure (Attendance Strategy: the same day's data from every
 * school). A school is stale when it has missed more school days than allowed since its
 * last register, on its own calendar ({@link RegisterFreshness}): not when calendar days
 * have passed, so a weekend or a half term is no alarm and a month-old import is one
 * however recently it arrived. Stalest first.
 */
public final class DataArrivals {

	private final SchoolDirectory schools;

	private final MarkStore marks;

	private final TermDates termDates;

	private final Clock clock;

	public DataArrivals(SchoolDirectory schools, MarkStore marks, TermDates termDates, Clock clock) {
		this.schools = schools;
		this.marks = marks;
		this.termDates = termDates;
		this.clock = clock;
	}

	/**
	 * @param lastArrivedAt when its marks last arrived, null when none ever did
	 * @param lastRegisterDate the latest register date it sent, null when none is known
	 * @param missedSchoolDays school days it was open after that date, up to yesterday;
	 * null without a register date
	 */
	public record SchoolArrival(String urn, String name, String locality, Instant lastArrivedAt,
			LocalDate lastRegisterDate, Integer missedSchoolDays, boolean stale) {
	}

	public record Report(Instant asOf, int allowedMissedSchoolDays, long staleSchools, List<SchoolArrival> schools) {
	}

	public Report report(Caller caller) {
		Access.requireCountyWide(caller, Access.ATTENDANCE_READ);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		Map<String, MarkStore.Arrival> arrivals = this.marks.lastArrivals();
		List<SchoolArrival> schools = new ArrayList<>();
		for (School school : this.schools.all()) {
			MarkStore.Arrival arrival = arrivals.get(school.urn());
			LocalDate last = (arrival != null) ? arrival.lastRegisterDate() : null;
			SchoolCalendar calendar = new SchoolCalendar(this.termDates, school.closures().keySet());
			Integer missed = (last != null) ? RegisterFreshness.missedSchoolDays(calendar, last, today) : null;
			schools.add(new SchoolArrival(school.urn(), school.name(), school.locality().name(),
					(arrival != null) ? arrival.at() : null, last, missed,
					RegisterFreshness.stale(calendar, last, today)));
		}
		schools.sort(
				Comparator.comparing(SchoolArrival::lastRegisterDate, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(SchoolArrival::urn));
		return new Report(now, RegisterFreshness.ALLOWED_MISSED_SCHOOL_DAYS,
				schools.stream().filter(SchoolArrival::stale).count(), schools);
	}

}
