package uk.gov.dorsetcouncil.edu.attendance.disruption;

import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;

/**
 * What a disrupted session's mark should be, and how the alert rules read it. DfE,
 * Working together to improve school attendance (2024), the Y1 code: "transport normally
 * provided not available" where the school is not within walking distance and the
 * transport the local authority provides is not available; it is not a possible session,
 * so it counts neither as attendance nor as absence.
 *
 * <p>
 * A session the disruption took transport from is read as Y1 when its recorded mark is
 * missing or an absence (authorised or not): the family is not blamed while the school's
 * register catches up. A pupil who came anyway keeps the present mark (the family got the
 * child there), and a mark already outside possible sessions (another Y code, X, Z, #) is
 * kept as the school recorded it (ADR 0038).
 */
public final class ExpectedMarks {

	public static final AttendanceCode EXPECTED = AttendanceCode.TRANSPORT_NOT_AVAILABLE;

	private ExpectedMarks() {
	}

	/** Whether a recorded mark (null: none yet) is read as Y1 in a disrupted session. */
	public static boolean excused(AttendanceCode recorded) {
		if (recorded == null) {
			return true;
		}
		return switch (recorded.category()) {
			case AUTHORISED, UNAUTHORISED -> true;
			case PRESENT, APPROVED_EDUCATIONAL_ACTIVITY, UNABLE_TO_ATTEND, ADMINISTRATIVE -> false;
		};
	}

	/** The year's marks as the alert rules read them, disrupted sessions excused. */
	public static YearMarks asRead(YearMarks marks, List<DisruptedSession> disrupted) {
		char[] packed = null;
		for (DisruptedSession session : disrupted) {
			if (!marks.year().contains(session.date())) {
				continue;
			}
			int index = marks.index(session.date(), session.session());
			if (excused(AttendanceCode.fromStorage(marks.sessions().charAt(index)))) {
				packed = (packed != null) ? packed : marks.sessions().toCharArray();
				packed[index] = EXPECTED.storage();
			}
		}
		return (packed != null) ? marks.withSessions(new String(packed)) : marks;
	}

}
