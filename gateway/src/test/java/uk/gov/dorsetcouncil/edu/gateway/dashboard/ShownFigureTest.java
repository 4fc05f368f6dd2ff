package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ShownFigureTest {

	/** A figure as written: a number, or "c", "z", "" (not given). */
	private static ShownFigure figure(String shown) {
		return shown.matches("-?[0-9.]+") ? new ShownFigure(shown, Double.valueOf(shown))
				: new ShownFigure(shown, null);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12 | 40 | 30.0
			1  | 3  | 33.3
			2  | 3  | 66.7
			1  | 8  | 12.5
			0  | 5  | 0.0
			5  | 5  | 100.0
			c  | 40 | c
			12 | c  | c
			c  | c  | c
			0  | 0  | z
			'' | 40 | ''
			12 | '' | ''
			""")
	void aShareIsWorkedOutOnlyFromFiguresTheViewerMaySeeAndRoundedHalfUp(String part, String whole, String share) {
		assertThat(ShownFigure.share(figure(part), figure(whole)).shown()).isEqualTo(share);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			3  | 4  | 7
			0  | 0  | 0
			c  | 4  | c
			3  | c  | c
			'' | 4  | ''
			""")
	void aSumOfAHiddenCountIsHidden(String one, String other, String sum) {
		assertThat(ShownFigure.sum(figure(one), figure(other)).shown()).isEqualTo(sum);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12  | 12                 | false
			0   | 0                  | false
			c   | c (suppressed)     | true
			z   | z (not applicable) | false
			''  | not given          | false
			""")
	void aSuppressedFigureIsSaidToBeSuppressedNeverShownAsZero(String shown, String words, boolean suppressed) {
		ShownFigure f = figure(shown);
		assertThat(f.inWords()).isEqualTo(words);
		assertThat(f.suppressed()).isEqualTo(suppressed);
	}

}
