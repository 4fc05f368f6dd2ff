package uk.gov.dorsetcouncil.edu.send.assessment;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One row per school census SEN type code (DfE SEN2 item list and census guidance); NSA
 * is for SEN support only, and codes are uppercase.
 */
class NeedTypeTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SPLD, Specific learning difficulty", "MLD, Moderate learning difficulty",
			"SLD, Severe learning difficulty", "PMLD, Profound and multiple learning difficulty",
			"SEMH, 'Social, emotional and mental health'", "SLCN, 'Speech, language and communication needs'",
			"HI, Hearing impairment", "VI, Vision impairment", "MSI, Multi-sensory impairment",
			"PD, Physical disability", "ASD, Autistic spectrum disorder", "OTH, Other difficulty" })
	void eachCensusCodeIsATypeWithItsDescription(String code, String description) {
		assertThat(NeedType.ofCode(code))
			.hasValueSatisfying(type -> assertThat(type.description()).isEqualTo(description));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "NSA", "SpLD", "asd", "''", "ADHD" })
	void anythingElseIsNoType(String code) {
		assertThat(NeedType.ofCode(code)).isEmpty();
	}

	@Test
	void theTableHasTwelveRows() {
		assertThat(Arrays.stream(NeedType.values())).hasSize(12);
	}

}
