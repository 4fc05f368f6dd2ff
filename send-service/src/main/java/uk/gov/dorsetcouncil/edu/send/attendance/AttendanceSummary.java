package uk.gov.dorsetcouncil.edu.send.attendance;

/**
 * A pupil's attendance across all enrolments over a period, as the attendance service
 * computed it (DfE definitions), with its basis and as-of time.
 *
 * @param basis what the figures cover, for example "academic year to date"
 * @param fromDate first day of the period (yyyy-MM-dd)
 * @param toDate last day of the period (yyyy-MM-dd)
 * @param asOf when the figures were computed (ISO-8601 UTC)
 * @param combined the figures across every enrolment in the period
 */
public record AttendanceSummary(String basis, String fromDate, String toDate, String asOf, AttendanceFigures combined) {

}
