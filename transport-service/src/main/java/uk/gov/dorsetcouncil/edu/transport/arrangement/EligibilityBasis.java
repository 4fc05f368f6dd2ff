package uk.gov.dorsetcouncil.edu.transport.arrangement;

/**
 * Why a child is eligible for free home-to-school travel (Education Act 1996 s508B and
 * Schedule 35B; DfE "Travel to school for children of compulsory school age", 2024).
 */
public enum EligibilityBasis {

	/** Beyond the statutory walking distance (2 miles under 8, 3 miles from 8). */
	STATUTORY_WALKING_DISTANCE,
	/** Cannot reasonably be expected to walk because of SEN, disability or mobility. */
	SEN_DISABILITY_MOBILITY,
	/** The walking route is not one a child could walk in reasonable safety. */
	UNSAFE_ROUTE,
	/** Extended rights for children from low-income families. */
	EXTENDED_RIGHTS

}
