package uk.gov.dorsetcouncil.edu.attendance.school;

import java.time.LocalDate;

/** Whether a school has taken any register on a date. */
public interface RegistersTaken {

	boolean anyOn(String urn, LocalDate date);

}
