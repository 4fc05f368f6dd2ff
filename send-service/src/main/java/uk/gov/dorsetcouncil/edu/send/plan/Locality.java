package uk.gov.dorsetcouncil.edu.send.plan;

/**
 * Dorset's six localities, as the platform names them: where the child lives, for the
 * plans counted by locality.
 */
public enum Locality {

	NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK

}
