package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BarChartTest {

	@ParameterizedTest
	@CsvSource(textBlock = """
			0,     1
			0.4,   0.5
			1,     1
			1.01,  2
			7.6,   10
			12.3,  20
			22.5,  25
			25,    25
			25.1,  50
			61,    100
			""")
	void theScaleEndsAtTheNextRoundNumber(double largest, double scaleMax) {
		assertThat(BarChart.roundUp(largest)).isCloseTo(scaleMax, within(1e-9));
	}

	@Test
	void barsAreTheirShareOfTheScaleAndReferencesAreLinesOnIt() {
		BarChart chart = BarChart.of("Overall absence rate", "%",
				List.of(new BarChart.Value("Dorset", "8.0", 8.0), new BarChart.Value("CHESIL", "4.0", 4.0)),
				List.of(new BarChart.Value("national", "7.6", 7.6)));
		assertThat(chart.scaleMax()).isEqualTo(10);
		assertThat(chart.bars()).extracting(BarChart.Bar::share).containsExactly(0.8, 0.4);
		assertThat(chart.bars().get(0).width()).isCloseTo(0.8 * BarChart.PLOT_WIDTH, within(1e-9));
		assertThat(chart.references()).singleElement()
			.satisfies(line -> assertThat(line.x()).isCloseTo(BarChart.LABEL_WIDTH + 0.76 * BarChart.PLOT_WIDTH,
					within(1e-9)));
	}

	@Test
	void aSuppressedFigureHasNoBarButKeepsItsSymbol() {
		BarChart chart = BarChart.of("Severe absence rate", "%",
				List.of(new BarChart.Value("Dorset", "1.5", 1.5), new BarChart.Value("PURBECK", "c", null)), List.of());
		assertThat(chart.bars().get(1).drawn()).isFalse();
		assertThat(chart.bars().get(1).shown()).isEqualTo("c");
		assertThat(chart.bars().get(1).width()).isZero();
		assertThat(chart.scaleMax()).isEqualTo(2);
	}

}
