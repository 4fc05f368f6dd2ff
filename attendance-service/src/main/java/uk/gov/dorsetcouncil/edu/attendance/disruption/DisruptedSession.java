package uk.gov.dorsetcouncil.edu.attendance.disruption;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.register.Session;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * One pupil's session whose transport a disruption took away.
 *
 * @param kind CANCELLED_RUN, OPERATOR_FAILURE, WEATHER or ROAD_CLOSURE
 */
public record DisruptedSession(String urn, Upn upn, LocalDate date, Session session, String disruptionId, String kind) {
}
