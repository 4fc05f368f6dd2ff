package uk.gov.dorsetcouncil.edu.pledge.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The stakeholder update's words for figures and statuses. */
class PlainLanguageTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiterString = "|", textBlock = """
			72.5   | PERCENT         | 72.5%
			70     | PERCENT         | 70%
			0      | COUNT           | 0
			1200   | COUNT           | 1200
			1      | DAYS            | 1 day
			20     | DAYS            | 20 days
			1      | WEEKS           | 1 week
			18.5   | WEEKS           | 18.5 weeks
			7.25   | SCORE_OUT_OF_10 | 7.25 out of 10
			1500.5 | POUNDS          | £1500.5
			""")
	void aFigureReadsInWords(double value, MeasureUnit unit, String words) {
		assertThat(PlainNumber.of(value, unit)).isEqualTo(words);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiterString = "|", textBlock = """
			GREEN   | On track
			AMBER   | Nearly there
			RED     | Behind
			NO_DATA | Too early to say
			""")
	void aStatusReadsInWords(Rag status, String opening) {
		assertThat(StakeholderUpdate.howItIsGoing(status)).startsWith(opening + ":");
	}

}
