package uk.gov.dorsetcouncil.edu.attendance.roll;

/**
 * How a pupil is registered at a school, as the census enrolment status: C single, M dual
 * registered and this is the main school, S dual registered and this is the subsidiary
 * school. A dual-registered pupil is marked D at one school for sessions spent at the
 * other (SI 2024/208 reg 10), and each school is one enrolment in the DfE figures.
 */
public enum Registration {

	SINGLE, DUAL_MAIN, DUAL_SUBSIDIARY;

	public boolean dual() {
		return this != SINGLE;
	}

}
