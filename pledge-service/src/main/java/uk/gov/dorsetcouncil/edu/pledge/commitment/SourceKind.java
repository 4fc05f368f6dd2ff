package uk.gov.dorsetcouncil.edu.pledge.commitment;

/**
 * Where a measure's values come from: computed from another service of the platform, or
 * recorded by hand with evidence where the platform holds no data (a school trip offer,
 * mental-health waiting times).
 */
public enum SourceKind {

	PLATFORM, RECORDED

}
