package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;
import uk.gov.dorsetcouncil.edu.attendance.roll.DateRange;

/**
 * Sessions counted the DfE way (Pupil absence statistics: methodology). Every possible
 * session is present, approved educational activity, authorised or unauthorised absence;
 * codes that are not possible sessions (D, X, Q, Y1 to Y7, Z, #) are in none of them.
 */
public record SessionCounts(int possible, int present, int approvedEducationalActivity, int authorised,
		int unauthorised) {

	public static final SessionCounts NONE = new SessionCounts(0, 0, 0, 0, 0);

	public SessionCounts {
		if (present + approvedEducationalActivity + authorised + unauthorised != possible) {
			throw new IllegalArgumentException("every possible session is attended or missed: " + possible + " != "
					+ present + " + " + approvedEducationalActivity + " + " + authorised + " + " + unauthorised);
		}
	}

	public SessionCounts plus(AttendanceCode code) {
		return switch (code.category()) {
			case PRESENT -> new SessionCounts(this.possible + 1, this.present + 1, this.approvedEducationalActivity,
					this.authorised, this.unauthorised);
			case APPROVED_EDUCATIONAL_ACTIVITY -> new SessionCounts(this.possible + 1, this.present,
					this.approvedEducationalActivity + 1, this.authorised, this.unauthorised);
			case AUTHORISED -> new SessionCounts(this.possible + 1, this.present, this.approvedEducationalActivity,
					this.authorised + 1, this.unauthorised);
			case UNAUTHORISED -> new SessionCounts(this.possible + 1, this.present, this.approvedEducationalActivity,
					this.authorised, this.unauthorised + 1);
			case UNABLE_TO_ATTEND, ADMINISTRATIVE -> this;
		};
	}

	public SessionCounts plus(SessionCounts other) {
		return new SessionCounts(this.possible + other.possible, this.present + other.present,
				this.approvedEducationalActivity + other.approvedEducationalActivity,
				this.authorised + other.authorised, this.unauthorised + other.unauthorised);
	}

	/**
	 * Counts one year of an enrolment's marks over the days it was on roll within the
	 * period asked for; days outside that window are not possible sessions whatever is
	 * recorded on them.
	 */
	public static SessionCounts count(YearMarks marks, DateRange onRoll) {
		SessionCounts counts = NONE;
		LocalDate from = onRoll.from().isBefore(marks.year().firstDay()) ? marks.year().firstDay() : onRoll.from();
		LocalDate to = onRoll.to().isAfter(marks.year().lastDay()) ? marks.year().lastDay() : onRoll.to();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (Session session : Session.values()) {
				AttendanceCode code = marks.mark(day, session).orElse(null);
				if (code != null) {
					counts = counts.plus(code);
				}
			}
		}
		return counts;
	}

	/** Sessions by code over the same window as {@link #count}, possible or not. */
	public static Map<AttendanceCode, Integer> byCode(YearMarks marks, DateRange onRoll) {
		Map<AttendanceCode, Integer> counts = new EnumMap<>(AttendanceCode.class);
		LocalDate from = onRoll.from().isBefore(marks.year().firstDay()) ? marks.year().firstDay() : onRoll.from();
		LocalDate to = onRoll.to().isAfter(marks.year().lastDay()) ? marks.year().lastDay() : onRoll.to();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (Session session : Session.values()) {
				marks.mark(day, session).ifPresent((code) -> counts.merge(code, 1, Integer::sum));
			}
		}
		return counts;
	}

	public int absent() {
		return this.authorised + this.unauthorised;
	}

}
