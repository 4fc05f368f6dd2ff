package uk.gov.dorsetcouncil.edu.platform.identifiers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostcodeTest {

	@ParameterizedTest(name = "''{0}'' is {1}, sector {2}")
	@CsvSource(delimiter = '|',
			value = { "DT1 1XJ | DT1 1XJ | DT1 1", "dt1 1xj | DT1 1XJ | DT1 1", "DT11XJ | DT1 1XJ | DT1 1",
					"' DT1   1XJ ' | DT1 1XJ | DT1 1", "BH21 1AA | BH21 1AA | BH21 1", "sp84ph | SP8 4PH | SP8 4",
					"W1A 0AX | W1A 0AX | W1A 0", "EC1A 1BB | EC1A 1BB | EC1A 1", "M1 1AE | M1 1AE | M1 1",
					"GIR0AA | GIR 0AA | GIR 0" })
	void isWrittenOneWay(String written, String value, String sector) {
		assertThat(Postcode.problemWith(written)).isEmpty();
		Postcode postcode = new Postcode(written);
		assertThat(postcode.value()).isEqualTo(value);
		assertThat(postcode.sector()).isEqualTo(sector);
	}

	@ParameterizedTest(name = "''{0}'': {1}")
	@CsvSource(delimiter = '|',
			value = { "'' | is required", "'   ' | is required", "DT1 | such as DT1 1XJ", "DT1 1CI | such as DT1 1XJ",
					"DT1 1X | such as DT1 1XJ", "1T1 1XJ | such as DT1 1XJ", "DT111 1XJ | such as DT1 1XJ",
					"DT1-1XJ | such as DT1 1XJ", "DT1 1XJ' OR 1=1 | such as DT1 1XJ", "ＤＴ1 1XJ | such as DT1 1XJ" })
	void refusesWhatIsNotAPostcode(String written, String reason) {
		assertThat(Postcode.problemWith(written)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
		assertThatIllegalArgumentException().isThrownBy(() -> new Postcode(written));
	}

}
