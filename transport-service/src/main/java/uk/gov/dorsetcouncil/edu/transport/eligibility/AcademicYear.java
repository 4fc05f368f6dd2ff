package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.time.LocalDate;
import java.time.Period;

/**
 * The academic year (1 September to 31 August) and the ages and year groups it sets.
 */
public final class AcademicYear {

	private AcademicYear() {
	}

	public static LocalDate startOf(LocalDate date) {
		int year = (date.getMonthValue() >= 9) ? date.getYear() : date.getYear() - 1;
		return LocalDate.of(year, 9, 1);
	}

	public static LocalDate endOf(LocalDate date) {
		return startOf(date).plusYears(1).minusDays(1);
	}

	/** Age in whole years on a date: a birthday on that date counts. */
	public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
		return Period.between(dateOfBirth, date).getYears();
	}

	/**
	 * The national curriculum year group in the academic year of {@code date}: Reception
	 * (0) for a child aged 4 on the 31 August before it (Education Act 1996 s8 sets
	 * compulsory school age from the term after the 5th birthday).
	 */
	public static int yearGroup(LocalDate dateOfBirth, LocalDate date) {
		return ageOn(dateOfBirth, startOf(date).minusDays(1)) - 4;
	}

}
