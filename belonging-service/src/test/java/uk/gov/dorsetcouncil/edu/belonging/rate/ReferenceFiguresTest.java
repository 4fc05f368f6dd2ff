package uk.gov.dorsetcouncil.edu.belonging.rate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped reference figure pinned to its source (domain-rules section 3, the DfE's
 * releases), and the comparator with none held named as such.
 */
class ReferenceFiguresTest {

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			suspension_rate          | national | 2022/23 full year | 9.33
			permanent_exclusion_rate | national | 2022/23 full year | 0.11
			suspension_rate          | national | 2023/24 full year | 11.31
			permanent_exclusion_rate | national | 2023/24 full year | 0.13
			""")
	void eachFigureIsTheReleasedOne(String measure, String comparator, String period, double value) {
		assertThat(ReferenceFigures.shipped().all())
			.filteredOn(
					f -> f.measure().equals(measure) && f.comparator().equals(comparator) && f.period().equals(period))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.value()).isEqualTo(value);
				assertThat(f.confirmed()).isTrue();
				assertThat(f.source()).startsWith("https://explore-education-statistics.service.gov.uk/");
			});
	}

	@Test
	void noSouthWestFigureIsMadeUp() {
		assertThat(ReferenceFigures.shipped().all()).hasSize(4);
		assertThat(ReferenceFigures.shipped().notHeld()).containsExactly("South West");
	}

}
