package uk.gov.dorsetcouncil.edu.attendance.register;

import java.time.Instant;
import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * A recorded mark changed from one code to another: who changed it, when, from what to
 * what. Registers are kept with every entry for at least six years (SI 2024/208), so
 * amendments are appended, never rewritten.
 *
 * @param id unique per change: the year of marks and the version the change produced
 */
public record Amendment(String id, String urn, Upn upn, LocalDate date, Session session, AttendanceCode from,
		AttendanceCode to, String by, String client, String organisation, Instant at) {

}
