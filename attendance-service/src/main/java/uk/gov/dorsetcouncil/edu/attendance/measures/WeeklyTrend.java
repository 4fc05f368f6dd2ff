package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Week-by-week absence for an area, Monday to Sunday, weeks with possible sessions only;
 * a week cut by either end of the period counts only its days inside it.
 */
public record WeeklyTrend(String areaType, String area, String academicYear, String basis, LocalDate fromDate,
		LocalDate toDate, String scope, Instant asOf, boolean suppressed, List<Week> weeks) {

	public WeeklyTrend {
		weeks = List.copyOf(weeks);
	}

	public record Week(LocalDate weekCommencing, Cell possibleSessions, Cell overallAbsenceRate,
			Cell authorisedAbsenceRate, Cell unauthorisedAbsenceRate) {
	}

}
