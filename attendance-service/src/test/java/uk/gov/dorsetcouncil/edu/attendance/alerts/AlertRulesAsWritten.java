package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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

/**
 * The alert rules read the plain way, a session at a time through
 * {@link PupilHistory#mark} and {@link SchoolCalendar}, day by day: the reference that
 * {@link AlertRules}, which reads a school's calendar once and a pupil's packed marks as
 * an array, must agree with on every pupil.
 */
final class AlertRulesAsWritten {

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

	AlertRulesAsWritten(AlertSettings settings) {
		this.settings = settings;
	}

	List<Alert> evaluate(PupilHistory pupil, SchoolCalendar calendar, LocalDate asOf, Optional<AttendancePlan> plan) {
		List<Alert> alerts = new ArrayList<>();
		boolean severe = yearToDateRules(pupil, calendar, asOf, alerts);
		penaltyThreshold(pupil, calendar, asOf).ifPresent(alerts::add);
		continuousAbsence(pupil, calendar, asOf, alerts);
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
	private boolean yearToDateRules(PupilHistory pupil, SchoolCalendar calendar, LocalDate asOf, List<Alert> alerts) {
		SessionCounts counts = SessionCounts.NONE;
		LocalDate persistentSince = null;
		LocalDate severeSince = null;
		int illness = 0;
		LocalDate firstIllness = null;
		int unresolved = 0;
		LocalDate oldestUnresolved = null;
		AcademicYear year = AcademicYear.of(asOf);
		for (LocalDate day = year.firstDay(); !day.isAfter(asOf); day = day.plusDays(1)) {
			for (Session session : Session.values()) {
				AttendanceCode code = pupil.mark(day, session).orElse(null);
				if (code == null) {
					continue;
				}
				counts = counts.plus(code);
				if (code.possibleSession()) {
					long absent = counts.absent() * 100L;
					persistentSince = (absent >= PERSISTENT_PERCENT * (long) counts.possible())
							? ((persistentSince != null) ? persistentSince : day) : null;
					severeSince = (absent >= SEVERE_PERCENT * (long) counts.possible())
							? ((severeSince != null) ? severeSince : day) : null;
				}
				if (code == AttendanceCode.ILLNESS) {
					illness++;
					firstIllness = (firstIllness != null) ? firstIllness : day;
				}
				if (code == AttendanceCode.REASON_NOT_YET_ESTABLISHED
						&& schoolDaysSince(calendar, day, asOf) >= this.settings.unresolvedNSchoolDays()) {
					unresolved++;
					oldestUnresolved = (oldestUnresolved != null) ? oldestUnresolved : day;
				}
			}
		}
		AttendanceFigures figures = AttendanceFigures.of(counts);
		boolean enough = counts.possible() >= this.settings.minimumPossibleSessions() && counts.possible() > 0;
		String missed = "missed " + counts.absent() + " of " + counts.possible()
				+ " possible sessions this academic year (" + figures.overallAbsencePercent() + "%)";
		if (enough && persistentSince != null) {
			alerts.add(alert(AlertType.PERSISTENT_ABSENCE, pupil, persistentSince,
					missed + ", at or above the 10% persistent absence threshold since " + persistentSince));
		}
		boolean severe = enough && severeSince != null;
		if (severe) {
			alerts.add(alert(AlertType.SEVERE_ABSENCE, pupil, severeSince,
					missed + ", at or above the 50% severe absence threshold since " + severeSince));
		}
		if (illness >= SICKNESS_SESSIONS) {
			alerts.add(alert(AlertType.SICKNESS_RETURN, pupil, firstIllness, "illness (I) recorded for " + illness
					+ " sessions (" + (illness / 2.0)
					+ " school days) this academic year; the sickness return to the LA is due at 15 school days,"
					+ " and LA-arranged education once more than 15 days will be missed"));
		}
		if (unresolved > 0) {
			alerts.add(alert(AlertType.UNRESOLVED_N, pupil, oldestUnresolved,
					unresolved + " session" + ((unresolved == 1) ? "" : "s")
							+ " still marked N (reason not yet established) after "
							+ this.settings.unresolvedNSchoolDays() + " school days or more, the oldest on "
							+ oldestUnresolved + "; replace N with the code for the reason once known"));
		}
		if (pupil.socialCarePlan() && enough && figures.attendancePercent() < SOCIAL_CARE_ATTENDANCE_PERCENT) {
			alerts
				.add(alert(AlertType.SOCIAL_CARE_PLAN_BELOW_96, pupil, asOf, "attendance " + figures.attendancePercent()
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
	private Optional<Alert> penaltyThreshold(PupilHistory pupil, SchoolCalendar calendar, LocalDate asOf) {
		LocalDate monday = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int weeks = 0;
		LocalDate windowStart = null;
		Map<AttendanceCode, Integer> byCode = new EnumMap<>(AttendanceCode.class);
		for (int back = 0; weeks < PENALTY_SCHOOL_WEEKS && back < MAX_LOOKBACK_DAYS / 7; back++) {
			LocalDate weekStart = monday.minusWeeks(back);
			if (!calendar.covers(weekStart) && !calendar.covers(weekStart.plusDays(6))) {
				break;
			}
			boolean schoolWeek = false;
			for (int d = 0; d < 7; d++) {
				LocalDate day = weekStart.plusDays(d);
				if (calendar.covers(day) && calendar.isSchoolDay(day)) {
					schoolWeek = true;
				}
				if (day.isAfter(asOf)) {
					continue;
				}
				for (Session session : Session.values()) {
					pupil.mark(day, session)
						.filter(PENALTY_CODES::contains)
						.ifPresent((code) -> byCode.merge(code, 1, Integer::sum));
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
		return Optional
			.of(alert(AlertType.PENALTY_NOTICE_TO_CONSIDER, pupil, windowStart, total + " unauthorised sessions ("
					+ split + ") in the " + weeks + " school weeks from " + windowStart + " to " + asOf
					+ ": a penalty notice should be considered under the national framework; it is never automatic"));
	}

	/**
	 * The current run of school days on which every possible session marked was
	 * unauthorised, counted back from the latest school day with marks. Days whose marks
	 * are all outside possible sessions (D, X, Y1 to Y7, #) neither count nor break the
	 * run; a school day with no mark, or any attendance or authorised absence, ends it.
	 */
	private void continuousAbsence(PupilHistory pupil, SchoolCalendar calendar, LocalDate asOf, List<Alert> alerts) {
		int run = 0;
		LocalDate runStart = null;
		boolean seenMarks = false;
		for (LocalDate day = asOf; !day.isBefore(asOf.minusDays(MAX_LOOKBACK_DAYS)); day = day.minusDays(1)) {
			if (!calendar.covers(day) || !pupil.onRoll(day)) {
				break;
			}
			if (!calendar.isSchoolDay(day)) {
				continue;
			}
			DayKind kind = classify(pupil, day);
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
		if (run >= CONTINUOUS_DAYS) {
			alerts.add(alert(AlertType.CONTINUOUS_UNAUTHORISED_ABSENCE, pupil, runStart,
					"absent without permission for " + run + " continuous school days since " + runStart
							+ "; the school must tell the LA at 10 (children missing education guidance)"));
		}
		if (run >= CME_DAYS) {
			alerts.add(alert(AlertType.CHILD_MISSING_EDUCATION_RISK, pupil, runStart,
					run + " consecutive school days of unauthorised absence since " + runStart
							+ ": at risk of missing education; the school and LA make joint reasonable enquiries"));
		}
	}

	private enum DayKind {

		NO_MARK, NOT_POSSIBLE, UNAUTHORISED, OTHER

	}

	private static DayKind classify(PupilHistory pupil, LocalDate day) {
		boolean any = false;
		boolean possible = false;
		for (Session session : Session.values()) {
			AttendanceCode code = pupil.mark(day, session).orElse(null);
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

	private static int schoolDaysSince(SchoolCalendar calendar, LocalDate day, LocalDate asOf) {
		try {
			return calendar.schoolDaysBetween(day, asOf);
		}
		catch (IllegalStateException ex) {
			return 0;
		}
	}

	private static Alert alert(AlertType type, PupilHistory pupil, LocalDate since, String reason) {
		return new Alert(type, pupil.urn(), pupil.upn(), pupil.pupilName(), pupil.yearGroup(), since, reason);
	}

}
