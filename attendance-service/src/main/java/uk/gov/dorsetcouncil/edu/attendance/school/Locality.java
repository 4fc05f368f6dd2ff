package uk.gov.dorsetcouncil.edu.attendance.school;

/** Dorset Council's six education localities. */
public enum Locality {

	NORTH, CHESIL, DORCHESTER, WEST, EAST, PURBECK

}
