package uk.gov.dorsetcouncil.edu.platform.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bank holidays of England and Wales, pinned row by row to gov.uk/bank-holidays. */
class BankHolidaysTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"2019; 2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26",
			"2020; 2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
			"2021; 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
			"2022; 2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
			"2023; 2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
			"2024; 2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
			"2025; 2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
			"2026; 2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
			"2027; 2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28" })
	void theBankHolidaysOfEachYearAreGovUksList(int year, String days) {
		Set<LocalDate> expected = new TreeSet<>();
		for (String day : days.split(" ")) {
			expected.add(LocalDate.parse(day));
		}

		assertThat(new TreeSet<>(BankHolidays.inYear(year))).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
			"2285, 2285-03-22" })
	void easterSundayIsTheGregorianDate(int year, LocalDate easter) {
		assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
	}

}
