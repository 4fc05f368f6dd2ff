package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which alerts a timetable raises on a day: the rules in plain Java, the register counts
 * given (asked of attendance by {@link TimetableRecording}).
 */
public final class TimetableAlerts {

	/**
	 * Six weeks, in days: a timetable of more is {@link TimetableAlert#OVER_SIX_WEEKS}.
	 */
	public static final int SIX_WEEKS_IN_DAYS = 42;

	/**
	 * Days a timetable runs before an empty register is an alert: registers reach
	 * attendance daily, and a week allows for a late return.
	 */
	public static final int DAYS_BEFORE_REGISTER_CHECK = 7;

	private TimetableAlerts() {
	}

	/** The alerts that follow from its dates alone. */
	public static Set<TimetableAlert> fromDates(PartTimeTimetable timetable, LocalDate today) {
		Set<TimetableAlert> alerts = EnumSet.noneOf(TimetableAlert.class);
		if (timetable.lengthInDays(today) > SIX_WEEKS_IN_DAYS) {
			alerts.add(TimetableAlert.OVER_SIX_WEEKS);
		}
		boolean running = timetable.endDate() == null || !timetable.endDate().isBefore(today);
		long reviewsDue = timetable.reviewDates().stream().filter(date -> date.isBefore(today)).count();
		if (running && timetable.reviewsDone().size() < reviewsDue) {
			alerts.add(TimetableAlert.REVIEW_OVERDUE);
		}
		if (timetable.endDate() == null) {
			alerts.add(TimetableAlert.NO_END_DATE);
		}
		return alerts;
	}

	/** Whether the register is old enough to be looked at for C2 marks. */
	public static boolean registerDue(PartTimeTimetable timetable, LocalDate today) {
		return !timetable.startDate().plusDays(DAYS_BEFORE_REGISTER_CHECK).isAfter(today);
	}

	/**
	 * The alerts from its dates and, once the register is due, from the C2 sessions
	 * marked at its school while it ran.
	 */
	public static Set<TimetableAlert> of(PartTimeTimetable timetable, LocalDate today, int c2SessionsWhileOn) {
		Set<TimetableAlert> alerts = fromDates(timetable, today);
		if (registerDue(timetable, today) && c2SessionsWhileOn == 0) {
			alerts.add(TimetableAlert.NO_C2_MARKS);
		}
		return alerts;
	}

}
