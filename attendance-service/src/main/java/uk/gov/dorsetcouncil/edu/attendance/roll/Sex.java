package uk.gov.dorsetcouncil.edu.attendance.roll;

/** Sex as recorded in the school census. */
public enum Sex {

	F, M

}
