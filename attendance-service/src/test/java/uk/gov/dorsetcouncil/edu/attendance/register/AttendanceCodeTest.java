package uk.gov.dorsetcouncil.edu.attendance.register;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every row of domain-rules.md 1.1 (SI 2024/208 reg 10 and the DfE methodology). */
class AttendanceCodeTest {

	@ParameterizedTest(name = "{0} is {1}, possible session: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/  | PRESENT                       | true
			\\ | PRESENT                       | true
			L  | PRESENT                       | true
			K  | APPROVED_EDUCATIONAL_ACTIVITY | true
			V  | APPROVED_EDUCATIONAL_ACTIVITY | true
			P  | APPROVED_EDUCATIONAL_ACTIVITY | true
			W  | APPROVED_EDUCATIONAL_ACTIVITY | true
			B  | APPROVED_EDUCATIONAL_ACTIVITY | true
			D  | ADMINISTRATIVE                | false
			C1 | AUTHORISED                    | true
			M  | AUTHORISED                    | true
			J1 | AUTHORISED                    | true
			S  | AUTHORISED                    | true
			X  | ADMINISTRATIVE                | false
			C2 | AUTHORISED                    | true
			C  | AUTHORISED                    | true
			T  | AUTHORISED                    | true
			R  | AUTHORISED                    | true
			I  | AUTHORISED                    | true
			E  | AUTHORISED                    | true
			G  | UNAUTHORISED                  | true
			N  | UNAUTHORISED                  | true
			O  | UNAUTHORISED                  | true
			U  | UNAUTHORISED                  | true
			Q  | UNABLE_TO_ATTEND              | false
			Y1 | UNABLE_TO_ATTEND              | false
			Y2 | UNABLE_TO_ATTEND              | false
			Y3 | UNABLE_TO_ATTEND              | false
			Y4 | UNABLE_TO_ATTEND              | false
			Y5 | UNABLE_TO_ATTEND              | false
			Y6 | UNABLE_TO_ATTEND              | false
			Y7 | UNABLE_TO_ATTEND              | false
			Z  | ADMINISTRATIVE                | false
			"#"| ADMINISTRATIVE                | false
			""")
	void eachCodeHasItsCategoryAndCounting(String symbol, CodeCategory category, boolean possible) {
		AttendanceCode code = AttendanceCode.fromSymbol(symbol);
		assertThat(code.category()).isEqualTo(category);
		assertThat(code.possibleSession()).isEqualTo(possible);
		assertThat(code.meaning()).isNotBlank();
	}

	@Test
	void theTableHasExactlyTheCodesInForceSinceAugust2024() {
		assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::symbol).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("/", "\\", "L", "K", "V", "P", "W", "B", "D", "C1", "M", "J1", "S", "X", "C2",
					"C", "T", "R", "I", "E", "G", "N", "O", "U", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z",
					"#");
	}

	@ParameterizedTest
	@ValueSource(strings = { "H", "J", "Y" })
	void withdrawnCodesAreRefusedSayingWhen(String symbol) {
		assertThatIllegalArgumentException().isThrownBy(() -> AttendanceCode.fromSymbol(symbol))
			.withMessageContaining("withdrawn on 19 August 2024");
	}

	@ParameterizedTest
	@ValueSource(strings = { "A", "y1", "//", "", " " })
	void unknownSymbolsAreRefused(String symbol) {
		assertThatIllegalArgumentException().isThrownBy(() -> AttendanceCode.fromSymbol(symbol))
			.withMessageContaining("not an attendance code");
	}

	@Test
	void everyCodeRoundTripsThroughItsStorageCharacter() {
		for (AttendanceCode code : AttendanceCode.values()) {
			assertThat(AttendanceCode.fromStorage(code.storage())).isEqualTo(code);
		}
		assertThat(AttendanceCode.fromStorage(YearMarks.NO_MARK)).isNull();
	}

}
