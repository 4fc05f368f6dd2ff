package uk.gov.dorsetcouncil.edu.belonging.exclusion;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every DfE exclusion reason code, pinned to its source: the school census exclusion
 * reason codes from 2020/21 (DfE "Complete the school census: find a school census code",
 * as domain-rules.md section 3 records them from the census reference data).
 */
class ExclusionReasonTest {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			PP | Physical assault against a pupil
			PA | Physical assault against an adult
			VP | Verbal abuse or threatening behaviour against a pupil
			VA | Verbal abuse or threatening behaviour against an adult
			OW | Use or threat of use of an offensive weapon or prohibited item
			BU | Bullying
			RA | Racist abuse
			LG | Abuse against sexual orientation and gender identity
			DS | Abuse relating to disability
			SM | Sexual misconduct
			DA | Drug and alcohol related
			DM | Damage
			TH | Theft
			DB | Persistent or general disruptive behaviour
			MT | Inappropriate use of social media or online technology
			PH | Wilful and repeated transgression of protective measures in place to protect public health
			""")
	void eachCodeIsTheCensusCode(String code, String description) {
		assertThat(ExclusionReason.ofCode(code)).hasValueSatisfying(reason -> {
			assertThat(reason.code()).isEqualTo(code);
			assertThat(reason.description()).isEqualTo(description);
		});
	}

	@Test
	void theTableHoldsTheSixteenCensusCodesAndNoOthers() {
		assertThat(Arrays.stream(ExclusionReason.values()).map(ExclusionReason::code)).hasSize(16)
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest(name = "{0} is not accepted")
	@ValueSource(strings = { "OT", "BW", "MB", "VR", "MP", "pp", "", "PP " })
	void withdrawnUnconfirmedAndMisspeltCodesAreNotReasons(String code) {
		assertThat(ExclusionReason.ofCode(code)).isEmpty();
	}

}
