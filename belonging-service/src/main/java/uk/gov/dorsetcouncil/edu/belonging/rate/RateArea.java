package uk.gov.dorsetcouncil.edu.belonging.rate;

/**
 * Whose rates: the local authority's (838), a locality's or a school's.
 *
 * @param type LOCAL_AUTHORITY, LOCALITY or SCHOOL
 * @param id 838, the locality's name or the school's URN
 */
public record RateArea(Type type, String id) {

	public enum Type {

		LOCAL_AUTHORITY, LOCALITY, SCHOOL

	}

	public static RateArea county() {
		return new RateArea(Type.LOCAL_AUTHORITY, "838");
	}

}
