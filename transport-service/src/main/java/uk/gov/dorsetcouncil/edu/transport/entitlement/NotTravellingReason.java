package uk.gov.dorsetcouncil.edu.transport.entitlement;

/**
 * Why an entitled pupil is on the list (Attendance Strategy, Priority Five, P5/001:
 * "transport issues will not prevent children and young people from attending school").
 */
public enum NotTravellingReason {

	/** Eligible, and no travel is arranged to the school on the day. */
	NO_TRAVEL_ARRANGED,

	/** Travel is arranged but the pupil is allocated to no route yet. */
	NO_ROUTE_ALLOCATED,

	/**
	 * Travel is arranged and the pupil is persistently absent this year (10% or more of
	 * possible sessions missed): the transport may not be getting the child to school.
	 */
	LOW_ATTENDANCE

}
