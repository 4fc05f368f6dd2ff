package uk.gov.dorsetcouncil.edu.synthetic.school;

/** Dorset's six localities, as the platform names them. */
public enum Locality {

	NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK

}
