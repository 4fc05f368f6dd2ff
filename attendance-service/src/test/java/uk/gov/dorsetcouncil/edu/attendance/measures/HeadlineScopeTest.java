package uk.gov.dorsetcouncil.edu.attendance.measures;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.attendance.calendar.AcademicYear;
import uk.gov.dorsetcouncil.edu.attendance.school.Locality;
import uk.gov.dorsetcouncil.edu.attendance.school.Phase;
import uk.gov.dorsetcouncil.edu.attendance.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline scope read from a date of birth held as a number: aged 5 to 15 on 31
 * August before the academic year (DfE pupil absence methodology), at the edges of each
 * age, for leap-day births, outside alternative provision; every pupil for all pupils.
 */
class HeadlineScopeTest {

	private static final AcademicYear YEAR = new AcademicYear(2025);

	@ParameterizedTest(name = "born {0} in a {1} school: aged 5 to 15 {2}, all pupils {3}")
	@CsvSource(delimiter = '|', textBlock = """
			2020-08-31 | PRIMARY               | true  | true
			2020-09-01 | PRIMARY               | false | true
			2010-09-01 | SECONDARY             | true  | true
			2010-08-31 | SECONDARY             | true  | true
			2009-08-31 | UPPER                 | false | true
			2009-09-01 | UPPER                 | true  | true
			2016-02-29 | PRIMARY               | true  | true
			2009-02-28 | UPPER                 | false | true
			2015-05-04 | ALTERNATIVE_PROVISION | false | true
			2012-01-15 | SPECIAL               | true  | true
			""")
	void agedFiveToFifteenOnThe31stOfAugustBeforeTheYear(LocalDate born, Phase phase, boolean headline,
			boolean everyone) {
		School school = new School("113001", "8382001", "A school", phase, Locality.NORTH, Map.of());
		int dateOfBirth = (int) born.toEpochDay();
		assertThat(HeadlineScope.AGED_5_TO_15.filter(school, YEAR).includes(SchoolAttendance.ENROLLED, dateOfBirth))
			.isEqualTo(headline);
		assertThat(HeadlineScope.ALL_PUPILS.filter(school, YEAR).includes(SchoolAttendance.ENROLLED, dateOfBirth))
			.isEqualTo(everyone);
		assertThat(
				HeadlineScope.AGED_5_TO_15.filter(school, YEAR).includes(SchoolAttendance.UNKNOWN_PUPIL, dateOfBirth))
			.isFalse();
	}

}
