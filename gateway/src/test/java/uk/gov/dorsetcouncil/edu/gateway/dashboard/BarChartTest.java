package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.web.ChartJson;

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
		assertThat(chart.bars()).extracting(BarChart.Bar::value).containsExactly(8.0, 4.0);
		assertThat(chart.references()).containsExactly(new BarChart.Reference("national", 7.6));
		assertThat(new ChartJson().of(chart)).isEqualTo(
				"{\"unit\":\"%\",\"max\":10.0,\"bars\":[" + "{\"label\":\"Dorset\",\"value\":8.0,\"shown\":\"8.0\"},"
						+ "{\"label\":\"CHESIL\",\"value\":4.0,\"shown\":\"4.0\"}],"
						+ "\"references\":[{\"label\":\"national\",\"value\":7.6}]}");
	}

	@Test
	void aSuppressedFigureHasNoBarButKeepsItsSymbol() {
		BarChart chart = BarChart.of("Severe absence rate", "%",
				List.of(new BarChart.Value("Dorset", "1.5", 1.5), new BarChart.Value("PURBECK", "c", null)), List.of());
		assertThat(chart.bars().get(1).drawn()).isFalse();
		assertThat(chart.bars().get(1).shown()).isEqualTo("c");
		assertThat(chart.scaleMax()).isEqualTo(2);
		assertThat(new ChartJson().of(chart))
			.contains("{\"label\":\"PURBECK\",\"value\":null,\"shown\":\"c (suppressed, not shown)\"}");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			'4.0', 4.0, '4.0'
			'c',       , 'c (suppressed, not shown)'
			'',        , 'not given'
			'x',       , 'x (not shown)'
			""")
	void aBarSaysWhatItShowsOrWhyItHasNone(String shown, Double value, String inWords) {
		assertThat(new BarChart.Bar("Dorset", shown, value).inWords()).isEqualTo(inWords);
	}

}
