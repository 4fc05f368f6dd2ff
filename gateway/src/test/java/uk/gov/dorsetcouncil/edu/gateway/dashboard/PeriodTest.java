package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null   | null       | null       | ''                                 | academic year to date
			''     | ' '        | null       | ''                                 | academic year to date
			AUTUMN | null       | null       | ?term=AUTUMN                       | Autumn term
			null   | 2026-09-01 | 2026-10-23 | ?from=2026-09-01&to=2026-10-23     | from 2026-09-01 to 2026-10-23
			null   | 2026-09-01 | null       | ?from=2026-09-01                   | from 2026-09-01 to today
			null   | x&y=1      | null       | ?from=x%26y%3D1                    | from x&y=1 to today
			""")
	void theChosenPeriodTravelsOnAsAskedAndIsNamedInWords(String term, String from, String to, String query,
			String words) {
		Period period = new Period(term, from, to);
		assertThat(period.query()).isEqualTo(query);
		assertThat(period.inWords()).isEqualTo(words);
	}

}
