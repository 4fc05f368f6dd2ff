package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks.MarkKey;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;

/**
 * One enrolment's year of marks, counted once so that area and cohort figures add up
 * small counters instead of rescanning marks (ADR 0008): sessions by category and by
 * code, and possible, authorised and unauthorised sessions per week, all within the days
 * the pupil was on roll. The packed sessions are kept so that a change of admission or
 * leaving date can be re-counted without a read.
 *
 * @param key the enrolment-year
 * @param version the stored version of the year of marks counted
 * @param sessions the packed marks, one byte per session (ADR 0004)
 * @param onRoll the days counted, or null when the enrolment is not on roll that year
 * @param counts sessions by DfE category within the days on roll
 * @param byCode sessions by code ordinal within the days on roll
 * @param weekly per week of {@link Weeks}, three counts each: possible, authorised,
 * unauthorised
 * @param lastMarked the last day with a mark counted, or null
 */
public record YearTally(MarkKey key, long version, byte[] sessions, DateRange onRoll, SessionCounts counts,
		int[] byCode, int[] weekly, LocalDate lastMarked) {

	public static YearTally of(YearMarks marks, DateRange onRoll) {
		byte[] packed = new byte[marks.sessions().length()];
		for (int i = 0; i < packed.length; i++) {
			packed[i] = (byte) marks.sessions().charAt(i);
		}
		return count(marks.key(), marks.version(), packed, onRoll);
	}

	/** The same marks counted over another window (after a roll change). */
	public YearTally within(DateRange window) {
		return count(this.key, this.version, this.sessions, window);
	}

	private static YearTally count(MarkKey key, long version, byte[] packed, DateRange onRoll) {
		AcademicYear year = key.year();
		int[] byCode = new int[AttendanceCode.values().length];
		int[] weekly = new int[3 * Weeks.count(year)];
		int possible = 0;
		int present = 0;
		int educational = 0;
		int authorised = 0;
		int unauthorised = 0;
		int lastDay = -1;
		if (onRoll != null) {
			int first = Math.max(0, year.dayIndex(clamp(onRoll.from(), year)));
			int last = year.dayIndex(clamp(onRoll.to(), year));
			int offset = Weeks.offset(year);
			for (int day = first; day <= last; day++) {
				for (int s = 2 * day; s <= 2 * day + 1; s++) {
					AttendanceCode code = AttendanceCode.fromStorage((char) packed[s]);
					if (code == null) {
						continue;
					}
					lastDay = day;
					byCode[code.ordinal()]++;
					int week = 3 * ((day + offset) / 7);
					switch (code.category()) {
						case PRESENT -> present++;
						case APPROVED_EDUCATIONAL_ACTIVITY -> educational++;
						case AUTHORISED -> {
							authorised++;
							weekly[week + 1]++;
						}
						case UNAUTHORISED -> {
							unauthorised++;
							weekly[week + 2]++;
						}
						case UNABLE_TO_ATTEND, ADMINISTRATIVE -> {
							continue;
						}
					}
					possible++;
					weekly[week]++;
				}
			}
		}
		return new YearTally(key, version, packed, onRoll,
				new SessionCounts(possible, present, educational, authorised, unauthorised), byCode, weekly,
				(lastDay < 0) ? null : year.firstDay().plusDays(lastDay));
	}

	private static LocalDate clamp(LocalDate date, AcademicYear year) {
		if (date.isBefore(year.firstDay())) {
			return year.firstDay();
		}
		return date.isAfter(year.lastDay()) ? year.lastDay() : date;
	}

}
