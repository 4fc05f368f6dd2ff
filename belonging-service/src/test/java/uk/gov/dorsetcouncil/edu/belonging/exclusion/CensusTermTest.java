package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CensusTermTest {

	@ParameterizedTest(name = "Easter {0}: {1}")
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
			"2038, 2038-04-25" })
	void easterSundayIsTheChurchsDate(int year, LocalDate easter) {
		assertThat(CensusTerm.easterSunday(year)).isEqualTo(easter);
	}

	@ParameterizedTest(name = "{0}: {1} {2}")
	@CsvSource(textBlock = """
			# the census' autumn term starts on 1 August
			2026-07-31, 2025, SUMMER
			2026-08-01, 2026, AUTUMN
			2026-12-31, 2026, AUTUMN
			2027-01-01, 2026, SPRING
			# spring runs to Easter Sunday (28 March 2027), summer from the Monday
			2027-03-28, 2026, SPRING
			2027-03-29, 2026, SUMMER
			2026-04-05, 2025, SPRING
			2026-04-06, 2025, SUMMER
			""")
	void aDateFallsInTheCensusTerm(LocalDate date, int academicYear, CensusTerm.Season season) {
		assertThat(CensusTerm.of(date)).isEqualTo(new CensusTerm(academicYear, season));
		assertThat(CensusTerm.academicYearOf(date)).isEqualTo(academicYear);
	}

}
