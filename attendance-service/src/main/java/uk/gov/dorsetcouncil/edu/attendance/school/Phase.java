package uk.gov.dorsetcouncil.edu.attendance.school;

/**
 * The phase of education a school provides (GIAS phases as used in Dorset, which still
 * has first, middle and upper schools in places).
 */
public enum Phase {

	FIRST, PRIMARY, MIDDLE, SECONDARY, UPPER, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION

}
