package uk.gov.dorsetcouncil.edu.synthetic.school;

/**
 * Who runs a school. Dorset has more academies than maintained schools, and two free
 * schools.
 */
public enum Governance {

	ACADEMY, MAINTAINED, FREE_SCHOOL

}
