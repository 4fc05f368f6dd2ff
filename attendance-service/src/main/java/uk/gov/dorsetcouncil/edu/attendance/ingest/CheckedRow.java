package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.attendance.school.School;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** A row whose every field passed its checks, the pupil on the school's roll that day. */
record CheckedRow(long row, School school, Upn upn, LocalDate date, Session session, AttendanceCode code) {

}
