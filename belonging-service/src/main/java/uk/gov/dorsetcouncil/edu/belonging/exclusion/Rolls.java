package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/** Whether a pupil is on a school's roll: attendance-service keeps the rolls. */
public interface Rolls {

	boolean onRoll(String urn, Upn upn, LocalDate date);

}
