package uk.gov.dorsetcouncil.edu.belonging.register;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * What a young person of academic age 16 or 17 was doing at the end of a month, as the LA
 * tracks it (s68 Education and Skills Act 2008; NCCIS): one record per young person and
 * month, the latest word for that month.
 *
 * @param upn the young person
 * @param month the month whose end it describes
 * @param dateOfBirth their date of birth (their academic age is from it)
 * @param activity what they were doing
 * @param recordedBy who recorded it
 */
public record NeetActivity(Upn upn, YearMonth month, LocalDate dateOfBirth, Activity activity, String recordedBy) {

	/** The activity groups the DfE's NEET measure counts. */
	public enum Activity {

		/** In education, employment or training. */
		EET,
		/** Not in education, employment or training. */
		NEET,
		/** The LA does not know what they are doing. */
		NOT_KNOWN,
		/** In custody: outside the measure's denominator. */
		CUSTODY

	}

	/**
	 * Academic age: age on 31 August before the academic year the month falls in (the DfE
	 * measures age at 31 August; domain-rules section 4).
	 */
	public static int academicAge(LocalDate dateOfBirth, YearMonth month) {
		int startYear = (month.getMonthValue() >= 9) ? month.getYear() : month.getYear() - 1;
		return Period.between(dateOfBirth, LocalDate.of(startYear, 8, 31)).getYears();
	}

	public int academicAge() {
		return academicAge(this.dateOfBirth, this.month);
	}

}
