package uk.gov.dorsetcouncil.edu.belonging.timetable;

import java.time.LocalDate;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A pupil's register marks of one code over a period, by school: attendance-service keeps
 * the registers (its pupil summary counts sessions by code), asked over gRPC as the
 * caller.
 */
public interface RegisterMarks {

	/**
	 * Sessions marked {@code code} from {@code from} to {@code to}, by the URN of each
	 * school the pupil was on the roll of in the period (schools with none included as
	 * 0).
	 */
	Map<String, Integer> sessionsWithCode(Upn upn, String code, LocalDate from, LocalDate to);

}
