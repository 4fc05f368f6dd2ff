package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rolls rates are per 100 of, and the group each pupil falls in: attendance-service
 * keeps both, and counts enrolments by the same rules it classifies pupils with.
 */
public interface Roll {

	/**
	 * Enrolments in the area over the period, in total and by the dimension's groups
	 * (none for {@link RateDimension#REASON}), and the area's schools.
	 */
	Enrolments enrolments(RateArea area, RateDimension dimension, RatePeriod period);

	/**
	 * Each pupil's group in the dimension, in the order given.
	 * @param pupils each a UPN and the URN of the school that suspended or excluded them
	 */
	List<String> groups(List<PupilAtSchool> pupils, RateDimension dimension);

	record PupilAtSchool(String upn, String urn) {
	}

	/**
	 * @param total enrolments in the area over the period
	 * @param byGroup enrolments by group (empty for the reasons)
	 * @param schools the URNs of the area's schools
	 */
	record Enrolments(long total, Map<String, Long> byGroup, Set<String> schools) {
	}

}
