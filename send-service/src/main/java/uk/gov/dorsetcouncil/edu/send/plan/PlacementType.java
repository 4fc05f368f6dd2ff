package uk.gov.dorsetcouncil.edu.send.plan;

/**
 * The kind of placement an EHC plan's section I names, as SEN2 counts placements: a
 * mainstream school, a mainstream school's inclusion hub or resourced provision (in
 * Dorset an "inclusion hub"; the SEN unit or resourced provision of the census), a
 * maintained or academy special school, an independent or non-maintained special school,
 * a post-16 institution, or education otherwise than in a school (Children and Families
 * Act 2014 s61). The last three of the first five are the specialist provision the
 * Belonging Plan counts (Dorset: about 40% of plans).
 */
public enum PlacementType {

	MAINSTREAM(false), INCLUSION_HUB_OR_RESOURCED_PROVISION(true), SPECIAL_SCHOOL(true),
	INDEPENDENT_OR_NON_MAINTAINED_SPECIAL_SCHOOL(true), POST_16(false), EOTAS(false);

	private final boolean specialist;

	PlacementType(boolean specialist) {
		this.specialist = specialist;
	}

	/** True for the specialist provision of the share in specialist provision. */
	public boolean specialist() {
		return this.specialist;
	}

	/**
	 * True when the placement names no school: education otherwise than in a school is
	 * arranged by the LA (s61), so section I names none.
	 */
	public boolean namesNoSchool() {
		return this == EOTAS;
	}

}
