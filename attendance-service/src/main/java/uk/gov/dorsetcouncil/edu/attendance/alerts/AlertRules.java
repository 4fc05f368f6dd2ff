package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.calendar.SchoolCalendar;
import uk.gov.dorsetcouncil.edu.attendance.measures.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.attendance.measures.SessionCounts;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.CodeCategory;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;

/**
 * The "children who need help now" rules, computed from one enrolment's marks and the
 * school's calendar as of a day. Thresholds and their sources are in {@link AlertType};
 * the choices the sources leave open are in ADR 0009.
 */
public final class AlertRules {

	static final int PERSISTENT_PERCENT = 10;

	static final int SEVERE_PERCENT = 50;

	/** Penalty notice national framework: 10 sessions in a rolling 10 school weeks. */
	static final int PENALTY_SESSIONS = 10;

	static final int PENALTY_SCHOOL_WEEKS = 10;

	/**
	 * The framework counts G, O and U. N is left out: it is a holding code, and an N that
	 * lingers has its own alert (ADR 0009).
	 */
	static final Set<AttendanceCode> PENALTY_CODES = Set.of(AttendanceCode.HOLIDAY_NOT_GRANTED,
			AttendanceCode.OTHER_UNAUTHORISED, AttendanceCode.ARRIVED_AFTER_REGISTER_CLOSED);

	/** CME guidance 2024: absent without permission for a continuous 10 school days. */
	static final int CONTINUOUS_DAYS = 10;

	/** Deletion ground: 20 consecutive school days of unauthorised absence. */
	static final int CME_DAYS = 20;

	/** Sickness return at 15 school days of illness, counted as 30 sessions. */
	static final int SICKNESS_SESSIONS = 30;

	/** Dorset: CiN and CP plans carry attendance targets below 96%. */
	static final double SOCIAL_CARE_ATTENDANCE_PERCENT = 96.0;

	/** A run of absence is looked for at most this far back. */
	private static final int MAX_LOOKBACK_DAYS = 400;

	private final AlertSettings settings;

	public AlertRules(AlertSettings settings) {
		this.settings = settings;
	}

	/** The academic year to date as of a day, from admission, while on roll. */
	public SessionCounts yearToDate(PupilHistory pupil, LocalDate asOf) {
		SessionCounts counts = SessionCounts.NONE;
		AcademicYear year = AcademicYear.of(asOf);
		for (LocalDate day = year.firstDay(); !day.isAfter(asOf); day = day.plusDays(1)) {
			for (Session session : Session.values()) {
				Optional<AttendanceCode> code = pupil.mark(day, session);
				if (code.isPresent()) {
					counts = counts.plus(code.get());
				}
			}
		}
		return counts;
	}

	public List<Alert> evaluate(PupilHistory pupil, SchoolCalendar calendar, LocalDate asOf,
			Optional<AttendancePlan> plan) {
		return evaluate(pupil, window(calendar, asOf), plan);
	}

	/**
	 * The school's calendar around a day, looked up once for all its pupils: every rule
	 * reads at most {@link #MAX_LOOKBACK_DAYS} back and to the end of the week ahead.
	 */
	public Window window(SchoolCalendar calendar, LocalDate asOf) {
		return new Window(calendar, asOf, this.settings.unresolvedNSchoolDays());
	}

	/** As {@link #evaluate(PupilHistory, SchoolCalendar, LocalDate, Optional)}. */
	public List<Alert> evaluate(PupilHistory pupil, Window window, Optional<AttendancePlan> plan) {
		LocalDate asOf = window.asOf;
		char[] marks = window.marks(pupil);
		List<Alert> alerts = new ArrayList<>();
		boolean severe = yearToDateRules(pupil, marks, window, alerts);
		penaltyThreshold(pupil, marks, window).ifPresent(alerts::add);
		continuousAbsence(pupil, marks, window, alerts);
		if (severe) {
			if (plan.isEmpty()) {
				alerts.add(alert(AlertType.SEVERE_ABSENCE_WITHOUT_PLAN, pupil, asOf,
						"severely absent with no attendance plan; every severely absent child should have one"
								+ " (Dorset Attendance Strategy P1/013)"));
			}
			else if (plan.get().reviewOverdue(asOf)) {
				alerts.add(alert(AlertType.ATTENDANCE_PLAN_REVIEW_OVERDUE, pupil, plan.get().reviewDate(),
						"severely absent and the attendance plan owned by " + plan.get().owner()
								+ " was due for review on " + plan.get().reviewDate()));
			}
		}
		return alerts;
	}

	/**
	 * One pass over the year's sessions: the 10% and 50% crossings, illness and
	 * unresolved N marks, and attendance for pupils with a social care plan.
	 * @return whether the pupil is severely absent
	 */
	private boolean yearToDateRules(PupilHistory pupil, char[] marks, Window window, List<Alert> alerts) {
		int present = 0;
		int educational = 0;
		int authorised = 0;
		int unauthorised = 0;
		int persistentSince = -1;
		int severeSince = -1;
		int illness = 0;
		int firstIllness = -1;
		int unresolved = 0;
		int oldestUnresolved = -1;
		int last = window.index(window.asOf);
		for (int day = window.index(AcademicYear.of(window.asOf).firstDay()); day <= last; day++) {
			for (int session = 2 * day; session <= 2 * day + 1; session++) {
				AttendanceCode code = AttendanceCode.fromStorage(marks[session]);
				if (code == null) {
					continue;
				}
				switch (code.category()) {
					case PRESENT -> present++;
					case APPROVED_EDUCATIONAL_ACTIVITY -> educational++;
					case AUTHORISED -> authorised++;
					case UNAUTHORISED -> unauthorised++;
					case UNABLE_TO_ATTEND, ADMINISTRATIVE -> {
					}
				}
				if (code.possibleSession()) {
					int possible = present + educational + authorised + unauthorised;
					long absent = (authorised + unauthorised) * 100L;
					persistentSince = (absent >= PERSISTENT_PERCENT * (long) possible)
							? ((persistentSince >= 0) ? persistentSince : day) : -1;
					severeSince = (absent >= SEVERE_PERCENT * (long) possible)
							? ((severeSince >= 0) ? severeSince : day) : -1;
				}
				if (code == AttendanceCode.ILLNESS) {
					illness++;
					firstIllness = (firstIllness >= 0) ? firstIllness : day;
				}
				if (code == AttendanceCode.REASON_NOT_YET_ESTABLISHED && window.unresolvedIfN[day]) {
					unresolved++;
					oldestUnresolved = (oldestUnresolved >= 0) ? oldestUnresolved : day;
				}
			}
		}
		SessionCounts counts = new SessionCounts(present + educational + authorised + unauthorised, present,
				educational, authorised, unauthorised);
		AttendanceFigures figures = AttendanceFigures.of(counts);
		boolean enough = counts.possible() >= this.settings.minimumPossibleSessions() && counts.possible() > 0;
		String missed = "missed " + counts.absent() + " of " + counts.possible()
				+ " possible sessions this academic year (" + figures.overallAbsencePercent() + "%)";
		if (enough && persistentSince >= 0) {
			LocalDate since = window.day(persistentSince);
			alerts.add(alert(AlertType.PERSISTENT_ABSENCE, pupil, since,
					missed + ", at or above the 10% persistent absence threshold since " + since));
		}
		boolean severe = enough && severeSince >= 0;
		if (severe) {
			LocalDate since = window.day(severeSince);
			alerts.add(alert(AlertType.SEVERE_ABSENCE, pupil, since,
					missed + ", at or above the 50% severe absence threshold since " + since));
		}
		if (illness >= SICKNESS_SESSIONS) {
			alerts.add(alert(AlertType.SICKNESS_RETURN, pupil, window.day(firstIllness), "illness (I) recorded for "
					+ illness + " sessions (" + (illness / 2.0)
					+ " school days) this academic year; the sickness return to the LA is due at 15 school days,"
					+ " and LA-arranged education once more than 15 days will be missed"));
		}
		if (unresolved > 0) {
			LocalDate oldest = window.day(oldestUnresolved);
			alerts.add(alert(AlertType.UNRESOLVED_N, pupil, oldest,
					unresolved + " session" + ((unresolved == 1) ? "" : "s")
							+ " still marked N (reason not yet established) after "
							+ this.settings.unresolvedNSchoolDays() + " school days or more, the oldest on " + oldest
							+ "; replace N with the code for the reason once known"));
		}
		if (pupil.socialCarePlan() && enough && figures.attendancePercent() < SOCIAL_CARE_ATTENDANCE_PERCENT) {
			alerts.add(alert(AlertType.SOCIAL_CARE_PLAN_BELOW_96, pupil, window.asOf, "attendance "
					+ figures.attendancePercent()
					+ "% this academic year, below 96% for a pupil with a child-in-need or child-protection plan;"
					+ " the plan should carry an attendance target"));
		}
		return severe;
	}

	/**
	 * 10 or more G, O or U sessions in the last 10 school weeks, a school week being any
	 * Monday-to-Sunday week with at least one school day; the window may span terms and
	 * academic years.
	 */
	private Optional<Alert> penaltyThreshold(PupilHistory pupil, char[] marks, Window window) {
		LocalDate asOf = window.asOf;
		int today = window.index(asOf);
		int monday = window.index(asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		int weeks = 0;
		int windowStart = -1;
		Map<AttendanceCode, Integer> byCode = new EnumMap<>(AttendanceCode.class);
		for (int back = 0; weeks < PENALTY_SCHOOL_WEEKS && back < MAX_LOOKBACK_DAYS / 7; back++) {
			int weekStart = monday - 7 * back;
			if (!window.covered[weekStart] && !window.covered[weekStart + 6]) {
				break;
			}
			boolean schoolWeek = false;
			for (int day = weekStart; day < weekStart + 7; day++) {
				schoolWeek |= window.schoolDay[day];
				if (day > today) {
					continue;
				}
				for (int session = 2 * day; session <= 2 * day + 1; session++) {
					AttendanceCode code = AttendanceCode.fromStorage(marks[session]);
					if (code != null && PENALTY_CODES.contains(code)) {
						byCode.merge(code, 1, Integer::sum);
					}
				}
			}
			if (schoolWeek) {
				weeks++;
				windowStart = weekStart;
			}
		}
		int total = byCode.values().stream().mapToInt(Integer::intValue).sum();
		if (total < PENALTY_SESSIONS) {
			return Optional.empty();
		}
		String split = byCode.entrySet()
			.stream()
			.map((entry) -> entry.getKey().symbol() + " " + entry.getValue())
			.collect(Collectors.joining(", "));
		LocalDate from = (windowStart >= 0) ? window.day(windowStart) : null;
		return Optional.of(alert(AlertType.PENALTY_NOTICE_TO_CONSIDER, pupil, from, total + " unauthorised sessions ("
				+ split + ") in the " + weeks + " school weeks from " + from + " to " + asOf
				+ ": a penalty notice should be considered under the national framework; it is never automatic"));
	}

	/**
	 * The current run of school days on which every possible session marked was
	 * unauthorised, counted back from the latest school day with marks. Days whose marks
	 * are all outside possible sessions (D, X, Y1 to Y7, #) neither count nor break the
	 * run; a school day with no mark, or any attendance or authorised absence, ends it.
	 */
	private void continuousAbsence(PupilHistory pupil, char[] marks, Window window, List<Alert> alerts) {
		int run = 0;
		int runStart = -1;
		boolean seenMarks = false;
		for (int day = window.index(window.asOf); day >= 0; day--) {
			if (!window.covered[day] || !pupil.onRoll(window.day(day))) {
				break;
			}
			if (!window.schoolDay[day]) {
				continue;
			}
			DayKind kind = classify(marks, day);
			if (kind == DayKind.NO_MARK && !seenMarks) {
				continue;
			}
			seenMarks = true;
			if (kind == DayKind.NOT_POSSIBLE) {
				continue;
			}
			if (kind != DayKind.UNAUTHORISED) {
				break;
			}
			run++;
			runStart = day;
		}
		LocalDate since = (runStart >= 0) ? window.day(runStart) : null;
		if (run >= CONTINUOUS_DAYS) {
			alerts.add(alert(AlertType.CONTINUOUS_UNAUTHORISED_ABSENCE, pupil, since,
					"absent without permission for " + run + " continuous school days since " + since
							+ "; the school must tell the LA at 10 (children missing education guidance)"));
		}
		if (run >= CME_DAYS) {
			alerts.add(alert(AlertType.CHILD_MISSING_EDUCATION_RISK, pupil, since,
					run + " consecutive school days of unauthorised absence since " + since
							+ ": at risk of missing education; the school and LA make joint reasonable enquiries"));
		}
	}

	private enum DayKind {

		NO_MARK, NOT_POSSIBLE, UNAUTHORISED, OTHER

	}

	private static DayKind classify(char[] marks, int day) {
		boolean any = false;
		boolean possible = false;
		for (int session = 2 * day; session <= 2 * day + 1; session++) {
			AttendanceCode code = AttendanceCode.fromStorage(marks[session]);
			if (code == null) {
				continue;
			}
			any = true;
			if (!code.possibleSession()) {
				continue;
			}
			possible = true;
			if (code.category() != CodeCategory.UNAUTHORISED) {
				return DayKind.OTHER;
			}
		}
		if (!any) {
			return DayKind.NO_MARK;
		}
		return possible ? DayKind.UNAUTHORISED : DayKind.NOT_POSSIBLE;
	}

	/**
	 * One school's calendar from {@link #MAX_LOOKBACK_DAYS} before a day to the end of
	 * its week, as arrays by day: whether term dates cover the day, whether it is a
	 * school day, and whether an N on it is old enough to be an alert.
	 */
	public static final class Window {

		private final LocalDate asOf;

		private final LocalDate first;

		private final boolean[] covered;

		private final boolean[] schoolDay;

		private final boolean[] unresolvedIfN;

		Window(SchoolCalendar calendar, LocalDate asOf, int unresolvedNSchoolDays) {
			this.asOf = asOf;
			this.first = asOf.minusDays(MAX_LOOKBACK_DAYS);
			int length = MAX_LOOKBACK_DAYS + 7;
			this.covered = new boolean[length];
			this.schoolDay = new boolean[length];
			this.unresolvedIfN = new boolean[length];
			for (int day = 0; day < length; day++) {
				LocalDate date = day(day);
				this.covered[day] = calendar.covers(date);
				this.schoolDay[day] = this.covered[day] && calendar.isSchoolDay(date);
			}
			// School days after a day up to today (SchoolCalendar.schoolDaysBetween),
			// none when term dates are missing for any of them.
			int schoolDays = 0;
			boolean uncovered = false;
			for (int day = index(asOf); day >= 0; day--) {
				this.unresolvedIfN[day] = !uncovered && schoolDays >= unresolvedNSchoolDays;
				uncovered |= !this.covered[day];
				schoolDays += this.schoolDay[day] ? 1 : 0;
			}
		}

		int index(LocalDate date) {
			return (int) (date.toEpochDay() - this.first.toEpochDay());
		}

		LocalDate day(int index) {
			return this.first.plusDays(index);
		}

		/**
		 * The pupil's marks while on roll, two sessions a day from the window's first day
		 * to today, {@link YearMarks#NO_MARK} elsewhere.
		 */
		char[] marks(PupilHistory pupil) {
			char[] marks = new char[2 * this.covered.length];
			Arrays.fill(marks, YearMarks.NO_MARK);
			LocalDate from = pupil.admissionDate().isAfter(this.first) ? pupil.admissionDate() : this.first;
			LocalDate to = (pupil.leavingDate() != null && pupil.leavingDate().isBefore(this.asOf))
					? pupil.leavingDate() : this.asOf;
			for (YearMarks year : pupil.marks().values()) {
				AcademicYear academicYear = year.year();
				LocalDate start = from.isAfter(academicYear.firstDay()) ? from : academicYear.firstDay();
				LocalDate end = to.isBefore(academicYear.lastDay()) ? to : academicYear.lastDay();
				if (end.isBefore(start)) {
					continue;
				}
				int source = 2 * academicYear.dayIndex(start);
				int sessions = 2 * (int) (end.toEpochDay() - start.toEpochDay() + 1);
				year.sessions().getChars(source, source + sessions, marks, 2 * index(start));
			}
			return marks;
		}

	}

	private static Alert alert(AlertType type, PupilHistory pupil, LocalDate since, String reason) {
		return new Alert(type, pupil.urn(), pupil.upn(), pupil.pupilName(), pupil.yearGroup(), since, reason);
	}

}
