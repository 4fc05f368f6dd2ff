package uk.gov.dorsetcouncil.edu.pledge.report.config;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Direction;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Frequency;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;
import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureSource;
import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureUnit;
import uk.gov.dorsetcouncil.edu.pledge.report.Rag;
import uk.gov.dorsetcouncil.edu.pledge.report.RagBand;
import uk.gov.dorsetcouncil.edu.pledge.report.RagRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The status rules and meetings as held in their files, and the rules at every edge. */
class ReportingDataTest {

	static final RagRules RULES = ReportingData.rules();

	@ParameterizedTest(name = "{0} {1} against {2}: {3}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			HIGHER_IS_BETTER | 90   | 90 | GREEN
			HIGHER_IS_BETTER | 95   | 90 | GREEN
			HIGHER_IS_BETTER | 81   | 90 | AMBER
			HIGHER_IS_BETTER | 80.9 | 90 | RED
			LOWER_IS_BETTER  | 25   | 25 | GREEN
			LOWER_IS_BETTER  | 27.5 | 25 | AMBER
			LOWER_IS_BETTER  | 27.6 | 25 | RED
			LOWER_IS_BETTER  | 0    | 0  | GREEN
			LOWER_IS_BETTER  | 0.1  | 0  | RED
			HIGHER_IS_BETTER | 0    | 0  | GREEN
			HIGHER_IS_BETTER | -    | 90 | NO_DATA
			""")
	void aMeasuresStatusIsItsShortfallFromTargetBanded(Direction direction, Double value, double target, Rag rag) {
		Measure measure = new Measure("M1", "m", "d", MeasureSource.recorded("returns"), MeasureUnit.PERCENT, target,
				direction, Frequency.TERMLY);

		assertThat(RULES.measure(measure, value)).isEqualTo(rag);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			GREEN GREEN          | GREEN
			GREEN AMBER          | AMBER
			AMBER RED GREEN      | RED
			GREEN NO_DATA        | GREEN
			NO_DATA NO_DATA      | NO_DATA
			""")
	void aCommitmentTakesTheWorstOfItsMeasuresWithAValue(String measures, Rag rag) {
		assertThat(RagRules.commitment(List.of(measures.split(" ")).stream().map(Rag::valueOf).toList()))
			.isEqualTo(rag);
	}

	@Test
	void rulesWithoutABandForAnyShortfallAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RagRules("s", List.of(new RagBand(Rag.GREEN, 0.0), new RagBand(Rag.RED, 10.0))))
			.withMessageContaining("the last band covers any shortfall");
	}

	@Test
	void theBoardMeetsEachTerm() {
		assertThat(ReportingData.meetings()).hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy(meeting -> assertThat(meeting.title()).startsWith("Dorset Education Board"));
	}

}
