package uk.gov.dorsetcouncil.edu.attendance.calendar;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Academic years for figures run 1 August to 31 July. */
class AcademicYearTest {

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "2026-07-31, 2025/26, 364", "2026-08-01, 2026/27, 0", "2026-11-23, 2026/27, 114",
			"2027-07-31, 2026/27, 364", "2028-02-29, 2027/28, 212", "2028-07-31, 2027/28, 365" })
	void yearOfADate(LocalDate date, String label, int dayIndex) {
		AcademicYear year = AcademicYear.of(date);
		assertThat(year.label()).isEqualTo(label);
		assertThat(year.dayIndex(date)).isEqualTo(dayIndex);
		assertThat(AcademicYear.parse(label)).isEqualTo(year);
	}

	@ParameterizedTest
	@CsvSource({ "2026, 365", "2027, 366" })
	void lengthIncludesTheLeapDay(int startYear, int days) {
		assertThat(new AcademicYear(startYear).lengthInDays()).isEqualTo(days);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026/28", "2026-27", "26/27", "" })
	void malformedLabelsAreRefused(String label) {
		assertThatIllegalArgumentException().isThrownBy(() -> AcademicYear.parse(label));
	}

}
