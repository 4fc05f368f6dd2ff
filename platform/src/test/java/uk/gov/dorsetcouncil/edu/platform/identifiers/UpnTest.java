package uk.gov.dorsetcouncil.edu.platform.identifiers;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpnTest {

	@ParameterizedTest(name = "{0} is valid")
	@CsvSource({
			// python-stdnum's worked example
			"B801200005001, 801",
			// a Dorset UPN (LA 838) and pre-2019 Dorset County (835), Poole (836),
			// Bournemouth (837)
			"838210121000, 838", "835410115001, 835", "836200018001, 836", "837200017999, 837",
			// a temporary UPN ends in a letter
			"83821012100A, 838" })
	void acceptsValidUpns(String value, String laCode) {
		String upn = (value.length() == 12) ? Upn.checkLetter(value) + value : value;
		assertThat(Upn.problemWith(upn)).isEmpty();
		if (laCode != null) {
			assertThat(new Upn(upn).issuingLaCode()).isEqualTo(laCode);
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			value = { "A801200005001 | check letter of UPN A801200005001 should be B", "B80120000500 | has 12",
					"B8012000050011 | has 14", "I801200005001 | starts with a check letter",
					"b801200005001 | starts with a check letter", "B80120000X001 | character 10 is 'X'",
					"B80120000500I | 13th character", "E000200005001 | not 0", "'' | a UPN is required" })
	void refusesInvalidUpnsSayingWhy(String value, String reason) {
		assertThat(Upn.problemWith(value)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
		assertThatIllegalArgumentException().isThrownBy(() -> new Upn(value)).withMessageContaining(reason);
	}

	@ParameterizedTest
	@CsvSource({ "801200005001, B", "83821012100A, " })
	void temporaryUpnsEndInALetter(String last12, String ignored) {
		Upn upn = Upn.withCheckLetter(last12);
		assertThat(upn.temporary()).isEqualTo(Character.isLetter(last12.charAt(11)));
	}

	@ParameterizedTest(name = "{0}: valid {1}")
	@CsvSource({ "V838200125001, true", "A838200125001, false", "'', false", "V83820012500, false" })
	void parsingWithOtherFieldsAddsAViolationNamingTheFieldInsteadOfThrowing(String value, boolean valid) {
		List<Violation> violations = new ArrayList<>();

		Upn parsed = Upn.parse("upn", value, violations);

		assertThat(parsed != null).isEqualTo(valid);
		assertThat(violations).hasSize(valid ? 0 : 1).allSatisfy(v -> assertThat(v.field()).isEqualTo("upn"));
	}

}
