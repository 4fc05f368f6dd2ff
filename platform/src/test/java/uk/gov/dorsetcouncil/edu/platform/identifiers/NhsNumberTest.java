package uk.gov.dorsetcouncil.edu.platform.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NhsNumberTest {

	@ParameterizedTest(name = "{0} is valid")
	@CsvSource({ "9434765919, 943 476 5919", "943 476 5919, 943 476 5919", "943-476-5919, 943 476 5919",
			// check digit 11 becomes 0
			"4010232080, 401 023 2080", "4010232137, 401 023 2137" })
	void acceptsValidNumbers(String value, String formatted) {
		assertThat(NhsNumber.problemWith(value)).isEmpty();
		assertThat(new NhsNumber(value).formatted()).isEqualTo(formatted);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "9434765918 | should be 9", "1000000010 | would be 10", "943476591 | has 10 digits",
					"94347659190 | has 10 digits", "94347659A9 | has 10 digits", "'' | is required" })
	void refusesInvalidNumbers(String value, String reason) {
		assertThat(NhsNumber.problemWith(value)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
	}

}
