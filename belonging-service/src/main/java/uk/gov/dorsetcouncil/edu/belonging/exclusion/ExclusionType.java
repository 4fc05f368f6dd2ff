package uk.gov.dorsetcouncil.edu.belonging.exclusion;

/**
 * What the headteacher decided (the census' exclusion category: SUSP, or PERM; a
 * lunchtime suspension is a suspension whose length is counted in lunchtimes).
 */
public enum ExclusionType {

	/** For a fixed period (Education Act 2002 s51A). */
	SUSPENSION,

	/** Permanent: the pupil's name comes off the school's roll once reviews are over. */
	PERMANENT_EXCLUSION

}
