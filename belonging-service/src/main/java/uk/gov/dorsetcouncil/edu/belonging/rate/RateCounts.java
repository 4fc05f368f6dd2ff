package uk.gov.dorsetcouncil.edu.belonging.rate;

/**
 * What a group's rates are computed from, before any suppression.
 *
 * @param group the group's name ("all" for the total)
 * @param enrolments its enrolments over the period (the denominator)
 * @param suspensions suspensions starting in the period
 * @param permanentExclusions permanent exclusions starting in the period, those the
 * governing board or its reconsideration reinstated left out
 * @param pupilsSuspended pupils with one or more suspensions
 */
public record RateCounts(String group, long enrolments, long suspensions, long permanentExclusions,
		long pupilsSuspended) {

}
