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
 * @param firstOnRoll the first day counted as an index of the year, or -1 when none
 * @param lastOnRoll the last day counted as an index of the year, or -2 when none
 * @param counts sessions by DfE category within the days on roll
 * @param byCode sessions by code ordinal within the days on roll
 * @param weekly per week of {@link Weeks}, three counts each: possible, authorised,
 * unauthorised
 * @param lastMarked the last day with a mark counted, or null
 */
public record YearTally(MarkKey key, long version, byte[] sessions, DateRange onRoll, int firstOnRoll, int lastOnRoll,
		SessionCounts counts, int[] byCode, int[] weekly, LocalDate lastMarked) {

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

	/**
	 * Possible, authorised and unauthorised sessions from one day to another, both
	 * included, within the days on roll. Present here includes approved educational
	 * activity, which the weekly counters do not keep apart (area figures show neither).
	 */
	public SessionCounts countsWithin(LocalDate from, LocalDate to) {
		long[] totals = new long[3];
		AcademicYear year = this.key.year();
		addWithin(year.dayIndex(clamp(from, year)), year.dayIndex(clamp(to, year)), totals, false);
		int possible = (int) totals[0];
		return new SessionCounts(possible, possible - (int) totals[1] - (int) totals[2], 0, (int) totals[1],
				(int) totals[2]);
	}

	/**
	 * Adds the possible, authorised and unauthorised sessions of days {@code first} to
	 * {@code last} (indexes of {@link AcademicYear#dayIndex}, both included; only days on
	 * roll count) to {@code totals[0..2]}.
	 */
	public void addCountsWithin(int first, int last, long[] totals) {
		addWithin(first, last, totals, false);
	}

	/**
	 * Adds the possible, authorised and unauthorised sessions of each week from one day
	 * to another (within the days on roll) to {@code weekly}, three counters per week of
	 * {@link Weeks}.
	 */
	public void addWeeklyWithin(LocalDate from, LocalDate to, long[] weekly) {
		AcademicYear year = this.key.year();
		addWithin(year.dayIndex(clamp(from, year)), year.dayIndex(clamp(to, year)), weekly, true);
	}

	/** As {@link #addWeeklyWithin(LocalDate, LocalDate, long[])}, by day indexes. */
	public void addWeeklyWithin(int first, int last, long[] weekly) {
		addWithin(first, last, weekly, true);
	}

	/**
	 * The last day from one day to another (within the days on roll) with any mark, if it
	 * is after {@code after}, or null.
	 */
	public LocalDate lastMarkedWithin(LocalDate from, LocalDate to, LocalDate after) {
		AcademicYear year = this.key.year();
		int afterIndex = (after == null || after.isBefore(year.firstDay())) ? -1
				: after.isAfter(year.lastDay()) ? year.lengthInDays() : year.dayIndex(after);
		int day = lastMarkedWithin(year.dayIndex(clamp(from, year)), year.dayIndex(clamp(to, year)), afterIndex);
		return (day < 0) ? null : year.firstDay().plusDays(day);
	}

	/**
	 * The index of the last day from {@code first} to {@code last} (within the days on
	 * roll) with any mark, if it is after {@code after}, or -1. Days up to {@code after}
	 * are not read, so that an area's latest mark costs little more than one day per
	 * enrolment.
	 */
	public int lastMarkedWithin(int first, int last, int after) {
		if (this.lastMarked == null || this.firstOnRoll < 0) {
			return -1;
		}
		int to = Math.min(Math.min(last, this.lastOnRoll), this.key.year().dayIndex(this.lastMarked));
		int from = Math.max(Math.max(first, this.firstOnRoll), after + 1);
		for (int day = to; day >= from; day--) {
			if (AttendanceCode.fromStorage((char) this.sessions[2 * day]) != null
					|| AttendanceCode.fromStorage((char) this.sessions[2 * day + 1]) != null) {
				return day;
			}
		}
		return -1;
	}

	/**
	 * Adds the window's counts, clipped to the days on roll: whole weeks from
	 * {@link #weekly}, the days of the weeks cut by either end from the packed marks.
	 * @param byWeek three counters per week into {@code target}, else three in all
	 */
	private void addWithin(int firstDay, int lastDay, long[] target, boolean byWeek) {
		if (this.firstOnRoll < 0) {
			return;
		}
		int first = Math.max(firstDay, this.firstOnRoll);
		int last = Math.min(lastDay, this.lastOnRoll);
		if (last < first) {
			return;
		}
		int offset = Weeks.offset(this.key.year());
		// Week w holds the day indexes 7w - offset to 7w - offset + 6.
		int firstWhole = Math.ceilDiv(first + offset, 7);
		int lastWhole = Math.floorDiv(last + offset - 6, 7);
		if (firstWhole > lastWhole) {
			scan(first, last, offset, target, byWeek);
			return;
		}
		scan(first, 7 * firstWhole - offset - 1, offset, target, byWeek);
		for (int week = firstWhole; week <= lastWhole; week++) {
			int at = byWeek ? 3 * week : 0;
			target[at] += this.weekly[3 * week];
			target[at + 1] += this.weekly[3 * week + 1];
			target[at + 2] += this.weekly[3 * week + 2];
		}
		scan(7 * (lastWhole + 1) - offset, last, offset, target, byWeek);
	}

	private void scan(int first, int last, int offset, long[] target, boolean byWeek) {
		for (int day = first; day <= last; day++) {
			int at = byWeek ? 3 * ((day + offset) / 7) : 0;
			for (int s = 2 * day; s <= 2 * day + 1; s++) {
				AttendanceCode code = AttendanceCode.fromStorage((char) this.sessions[s]);
				if (code == null) {
					continue;
				}
				switch (code.category()) {
					case PRESENT, APPROVED_EDUCATIONAL_ACTIVITY -> target[at]++;
					case AUTHORISED -> {
						target[at]++;
						target[at + 1]++;
					}
					case UNAUTHORISED -> {
						target[at]++;
						target[at + 2]++;
					}
					case UNABLE_TO_ATTEND, ADMINISTRATIVE -> {
					}
				}
			}
		}
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
		int first = -1;
		int last = -2;
		if (onRoll != null) {
			first = Math.max(0, year.dayIndex(clamp(onRoll.from(), year)));
			last = year.dayIndex(clamp(onRoll.to(), year));
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
		return new YearTally(key, version, packed, onRoll, first, last,
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
