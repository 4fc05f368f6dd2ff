package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A school's register for one session as received, every row already checked: each listed
 * pupil's mark. Pupils it does not list keep the marks they have.
 */
public record ReceivedRegister(String urn, LocalDate date, Session session, Map<Upn, AttendanceCode> marks) {

	public ReceivedRegister {
		marks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marks));
	}

}
