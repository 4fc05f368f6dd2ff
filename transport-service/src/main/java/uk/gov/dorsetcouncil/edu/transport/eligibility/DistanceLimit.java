package uk.gov.dorsetcouncil.edu.transport.eligibility;

import uk.gov.dorsetcouncil.edu.transport.distance.TravelMode;

/**
 * The distances the law sets, one row each with how it is measured and where it comes
 * from (domain-rules 6). A limit is crossed only when a distance is beyond it: exactly
 * 2.0 miles is within 2 miles; "not more than 6 miles" includes 6.0.
 */
public enum DistanceLimit {

	/** Education Act 1996 s444(5): 2 miles for a child under 8. */
	STATUTORY_WALKING_UNDER_8(2, TravelMode.WALKING, "Education Act 1996 s444(5); statutory guidance 2024"),

	/** Education Act 1996 s444(5): 3 miles for a child aged 8 or over. */
	STATUTORY_WALKING_FROM_8(3, TravelMode.WALKING, "Education Act 1996 s444(5); statutory guidance 2024"),

	/** Extended rights: more than 2 miles, by the walking route. */
	EXTENDED_RIGHTS_LOWER(2, TravelMode.WALKING, "Education Act 1996 Sch 35B paras 9-14; statutory guidance 2024"),

	/**
	 * Extended rights, three nearest schools: not more than 6 miles, by road (para 34).
	 */
	EXTENDED_RIGHTS_THREE_NEAREST_UPPER(6, TravelMode.ROAD,
			"Education Act 1996 Sch 35B para 13; statutory guidance 2024 para 34"),

	/** Extended rights, religion or belief: not more than 15 miles, by road (para 34). */
	EXTENDED_RIGHTS_RELIGION_OR_BELIEF_UPPER(15, TravelMode.ROAD,
			"Education Act 1996 Sch 35B para 14; statutory guidance 2024 para 34");

	/** The international mile. */
	public static final double METRES_PER_MILE = 1609.344;

	private final int miles;

	private final TravelMode measuredBy;

	private final String source;

	DistanceLimit(int miles, TravelMode measuredBy, String source) {
		this.miles = miles;
		this.measuredBy = measuredBy;
		this.source = source;
	}

	public int miles() {
		return this.miles;
	}

	public double metres() {
		return this.miles * METRES_PER_MILE;
	}

	public TravelMode measuredBy() {
		return this.measuredBy;
	}

	public String source() {
		return this.source;
	}

	/** Strictly more than the limit. */
	public boolean beyond(double metres) {
		return metres > metres();
	}

	/** The statutory walking distance for a child of this age on the date assessed. */
	public static DistanceLimit statutoryWalking(int age) {
		return (age < 8) ? STATUTORY_WALKING_UNDER_8 : STATUTORY_WALKING_FROM_8;
	}

	public static double miles(double metres) {
		return metres / METRES_PER_MILE;
	}

}
