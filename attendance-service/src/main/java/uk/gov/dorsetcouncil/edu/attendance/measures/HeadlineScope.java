package uk.gov.dorsetcouncil.edu.attendance.measures;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.roll.Pupil;
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

	boolean includes(Pupil pupil, School school, AcademicYear year) {
		if (this == ALL_PUPILS) {
			return true;
		}
		if (pupil == null || school.phase() == Phase.ALTERNATIVE_PROVISION) {
			return false;
		}
		int age = pupil.ageAtStartOf(year.startYear());
		return age >= 5 && age <= 15;
	}

}
