package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;

/**
 * Which enrolments a figure covers. The DfE's headline absence statistics cover pupils of
 * compulsory school age, aged 5 to 15 at 31 August before the academic year, in
 * state-funded primary, secondary and special schools; PRU/AP is reported separately
 * (Pupil absence statistics: methodology).
 */
public enum HeadlineScope {

	AGED_5_TO_15("pupils aged 5 to 15 at 31 August before the year, excluding alternative provision"),
	ALL_PUPILS("all enrolments");

	private final String label;

	HeadlineScope(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Which enrolments of a school count in a year's figures. Age on 31 August before the
	 * year is read from the date of birth: aged 5 or more when born on or before 31
	 * August five years earlier, 15 or less when born after 31 August sixteen years
	 * earlier. A pupil not held has no age and counts only for all pupils.
	 */
	SchoolAttendance.ScopeFilter filter(School school, AcademicYear year) {
		if (this == ALL_PUPILS) {
			return (state, dateOfBirth) -> true;
		}
		if (school.phase() == Phase.ALTERNATIVE_PROVISION) {
			return (state, dateOfBirth) -> false;
		}
		LocalDate lastAugust = LocalDate.of(year.startYear(), 8, 31);
		long bornAfter = lastAugust.minusYears(16).toEpochDay();
		long bornBy = lastAugust.minusYears(5).toEpochDay();
		return (state, dateOfBirth) -> state != SchoolAttendance.UNKNOWN_PUPIL && dateOfBirth > bornAfter
				&& dateOfBirth <= bornBy;
	}

}
