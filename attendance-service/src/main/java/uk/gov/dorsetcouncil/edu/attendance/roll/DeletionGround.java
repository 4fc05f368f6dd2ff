package uk.gov.dorsetcouncil.edu.attendance.roll;

/**
 * The ground on which a pupil's name was deleted from the admission register, carried by
 * the deletion return to the LA (SI 2024/208 reg 13(4)). The grounds are those of the
 * regulation's deletion rule, in plain words; the exact lettering of the 2024 grounds is
 * not held here (domain-rules.md marks the list secondary), so they are named, not
 * lettered.
 */
public enum DeletionGround {

	REGISTERED_AT_ANOTHER_SCHOOL, EDUCATED_OTHERWISE_THAN_AT_SCHOOL, MOVED_AWAY, MEDICALLY_UNFIT_TO_ATTEND,
	/**
	 * 20 consecutive school days unauthorised, and the school and LA cannot find the
	 * child.
	 */
	CONTINUOUS_ABSENCE_NOT_LOCATED, PERMANENTLY_EXCLUDED, DIED, CEASED_COMPULSORY_SCHOOL_AGE, IN_CUSTODY,
	/**
	 * Completed the school's final year or otherwise left for a ground not listed here.
	 */
	OTHER

}
