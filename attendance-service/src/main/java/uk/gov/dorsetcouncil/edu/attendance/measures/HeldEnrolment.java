package uk.gov.dorsetcouncil.edu.attendance.measures;

import uk.gov.dorsetcouncil.edu.attendance.roll.Enrolment;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * An enrolment as the read model holds it: enough for the alert rules and the transition
 * watch, without the pupil's record (names are read from the store for the answers that
 * show them).
 *
 * @param yearGroup the pupil's national curriculum year
 * @param socialCarePlan a child-in-need or child-protection plan (ADR 0009)
 */
public record HeldEnrolment(Upn upn, Enrolment enrolment, int yearGroup, boolean socialCarePlan) {

}
