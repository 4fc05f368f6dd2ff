package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How suspension and exclusion rates are split. Every dimension but {@link #REASON}
 * partitions the enrolments as attendance-service's area figures do (its cohort
 * dimensions, the roll's characteristics), so a pupil's group is asked of attendance and
 * the rates of the groups add up to the total. A suspension gives up to three reasons, so
 * the reasons overlap: each is counted against the whole roll.
 */
public enum RateDimension {

	SCHOOL, LOCALITY, PHASE, REASON,
	/** E EHC plan, K SEN support, N no SEN. */
	SEN_PROVISION, FSM,
	/** Looked after, else a child protection plan, else child in need, else none. */
	SOCIAL_CARE, ETHNICITY, SEX, YEAR_GROUP;

	/** Whether each suspension falls in exactly one group. */
	public boolean partitions() {
		return this != REASON;
	}

	/**
	 * Whether attendance-service names each pupil's group (the school's own is known
	 * here).
	 */
	public boolean askedOfAttendance() {
		return this != REASON && this != SCHOOL;
	}

	public static Optional<RateDimension> named(String name) {
		return Arrays.stream(values())
			.filter(dimension -> name != null && dimension.name().equals(name.strip().toUpperCase(Locale.ROOT)))
			.findFirst();
	}

}
