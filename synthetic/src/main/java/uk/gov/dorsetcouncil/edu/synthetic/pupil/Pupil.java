package uk.gov.dorsetcouncil.edu.synthetic.pupil;

import java.time.LocalDate;

/**
 * A fictional pupil on a school's roll. {@code leavingDate} is the last day on roll, or
 * null while the pupil stays. {@code serial} numbers the pupil within its school and year
 * group; with them it keys every random draw about this pupil. {@code postcode} is the
 * home's, fictional, near the school ({@link Postcodes}).
 */
public record Pupil(String urn, String upn, String nhsNumber, String givenName, String familyName,
		LocalDate dateOfBirth, int yearGroup, Sex sex, LocalDate admissionDate, LocalDate leavingDate,
		Characteristics characteristics, int serial, String postcode) {

	public boolean onRoll(LocalDate date) {
		return !date.isBefore(this.admissionDate) && (this.leavingDate == null || !date.isAfter(this.leavingDate));
	}

	/** The body of the platform's {@code PUT /schools/{urn}/pupils/{upn}}. */
	public RollEntry rollEntry() {
		return new RollEntry(this.familyName, this.givenName, this.dateOfBirth, this.yearGroup, this.sex.name(),
				this.admissionDate, this.leavingDate);
	}

	/** Age on 31 August before the academic year that starts in {@code startYear}. */
	public int ageAtStartOfYear(int startYear) {
		return java.time.Period.between(this.dateOfBirth, LocalDate.of(startYear, 8, 31)).getYears();
	}

	/**
	 * A pupil's roll record in the shape the attendance service's roll API takes
	 * (attendance-service README): year group -2..14, 0 = Reception; sex F or M.
	 */
	public record RollEntry(String familyName, String givenName, LocalDate dateOfBirth, int yearGroup, String sex,
			LocalDate admissionDate, LocalDate leavingDate) {
	}

}
