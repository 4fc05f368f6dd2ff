package uk.gov.dorsetcouncil.edu.send.attendance;

/**
 * Session counts and rates of possible sessions. A pupil is persistently absent at 10% or
 * more and severely absent at 50% or more of their own possible sessions missed (DfE
 * definitions since 2015/16).
 */
public record AttendanceFigures(int possibleSessions, int presentSessions, int approvedEducationalActivitySessions,
		int authorisedAbsenceSessions, int unauthorisedAbsenceSessions, double attendancePercent,
		double overallAbsencePercent, double authorisedAbsencePercent, double unauthorisedAbsencePercent,
		boolean persistentlyAbsent, boolean severelyAbsent) {

}
