package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;

/**
 * The DfE attendance and absence measures for a set of sessions (Pupil absence
 * statistics: methodology). Rates share one denominator, the possible sessions, and are
 * rounded to one decimal place for display; the persistent and severe absence flags are
 * computed on the exact counts, so exactly 10% is persistent absence.
 */
public record AttendanceFigures(SessionCounts counts, double attendancePercent, double overallAbsencePercent,
		double authorisedAbsencePercent, double unauthorisedAbsencePercent, boolean persistentlyAbsent,
		boolean severelyAbsent, Map<AttendanceCode, Integer> byCode) {

	public AttendanceFigures {
		Map<AttendanceCode, Integer> copy = new EnumMap<>(AttendanceCode.class);
		copy.putAll(byCode);
		byCode = Collections.unmodifiableMap(copy);
	}

	/**
	 * Persistent absence: 10% or more of own possible sessions missed (since 2015/16).
	 */
	static final int PERSISTENT_PERCENT = 10;

	/** Severe absence: 50% or more of own possible sessions missed. */
	static final int SEVERE_PERCENT = 50;

	public static AttendanceFigures of(SessionCounts counts) {
		return of(counts, new EnumMap<>(AttendanceCode.class));
	}

	/**
	 * @param byCode sessions by code in the same period, possible or not
	 */
	public static AttendanceFigures of(SessionCounts counts, Map<AttendanceCode, Integer> byCode) {
		int possible = counts.possible();
		int absent = counts.absent();
		boolean any = possible > 0;
		return new AttendanceFigures(counts, percent(counts.present() + counts.approvedEducationalActivity(), possible),
				percent(absent, possible), percent(counts.authorised(), possible),
				percent(counts.unauthorised(), possible), any && absent * 100L >= PERSISTENT_PERCENT * (long) possible,
				any && absent * 100L >= SEVERE_PERCENT * (long) possible, byCode);
	}

	/**
	 * A share of the possible sessions as a percentage to 1 dp; 0 when none were
	 * possible.
	 */
	static double percent(int sessions, int possible) {
		if (possible == 0) {
			return 0;
		}
		return BigDecimal.valueOf(sessions * 100L)
			.divide(BigDecimal.valueOf(possible), 1, RoundingMode.HALF_UP)
			.doubleValue();
	}

}
