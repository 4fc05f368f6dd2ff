package uk.gov.dorsetcouncil.edu.attendance.measures;

/**
 * What a group of enrolments adds up to, before any suppression.
 *
 * @param enrolments enrolments with at least one possible session
 * @param persistent enrolments that missed 10% or more of their own possible sessions
 * @param severe enrolments that missed 50% or more
 */
public record GroupCounts(String dimension, String group, String label, int enrolments, SessionCounts sessions,
		int persistent, int severe) {

}
