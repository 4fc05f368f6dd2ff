package uk.gov.dorsetcouncil.edu.attendance.measures;

/**
 * A group's figures as shown to the caller: counts, rates as percentages to one decimal
 * place (absence of possible sessions; persistent and severe absence of enrolments), each
 * possibly suppressed.
 */
public record GroupFigures(String dimension, String group, String label, Cell enrolments, Cell possibleSessions,
		Cell overallAbsenceSessions, Cell authorisedAbsenceSessions, Cell unauthorisedAbsenceSessions,
		Cell overallAbsenceRate, Cell authorisedAbsenceRate, Cell unauthorisedAbsenceRate, Cell persistentAbsentees,
		Cell persistentAbsenceRate, Cell severeAbsentees, Cell severeAbsenceRate) {

}
