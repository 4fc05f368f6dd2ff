package uk.gov.dorsetcouncil.edu.pledge.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.pledge.commitment.Direction;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Frequency;
import uk.gov.dorsetcouncil.edu.pledge.commitment.Measure;
import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureSource;
import uk.gov.dorsetcouncil.edu.pledge.commitment.MeasureUnit;
import uk.gov.dorsetcouncil.edu.pledge.commitment.PlatformQuery;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureValue;
import uk.gov.dorsetcouncil.edu.pledge.measure.PlatformFigure;
import uk.gov.dorsetcouncil.edu.pledge.measure.RecordedValue;
import uk.gov.dorsetcouncil.edu.pledge.measure.ValueState;

import static org.assertj.core.api.Assertions.assertThat;

/** Which time a report states beside each figure. */
class FigureAsOfTest {

	static final Instant REPORT = Instant.parse("2026-11-26T09:00:00Z");

	static final Measure MEASURE = new Measure("M1", "Persistent absence, FSM", "DfE persistent absence, FSM",
			MeasureSource.platform(PlatformQuery.ATTENDANCE_PERSISTENT_ABSENCE_FSM), MeasureUnit.PERCENT, 25,
			Direction.LOWER_IS_BETTER, Frequency.TERMLY);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiterString = "|", textBlock = """
			platform figure                     | 2026-11-25T18:00:00Z
			platform source that did not answer | 2026-11-26T09:00:00Z
			recorded value                      | 2026-10-31
			nothing recorded                    | 2026-11-26T09:00:00Z
			""")
	void aFigureIsAsOfWhenItsSourceSaysOrWhenTheReportLooked(String reading, String asOf) {
		MeasureValue value = switch (reading) {
			case "platform figure" -> new MeasureValue(MEASURE, ValueState.AVAILABLE, 22.5,
					new PlatformFigure(ValueState.AVAILABLE, 22.5, "attendance-service", "county summary",
							"academic year to date", "2026-11-25T18:00:00Z", null),
					null);
			case "platform source that did not answer" ->
				new MeasureValue(MEASURE, ValueState.UNAVAILABLE, null, new PlatformFigure(ValueState.UNAVAILABLE, null,
						"attendance-service", "county summary", null, null, "deadline exceeded"), null);
			case "recorded value" -> new MeasureValue(MEASURE, ValueState.AVAILABLE, 70.0, null,
					new RecordedValue("STUDENT-6:M1:1", "STUDENT-6", "M1", "2026/27 autumn half term",
							LocalDate.parse("2026-10-31"), 70, List.of(), null, "dev-student-group",
							Instant.parse("2026-11-02T10:00:00Z")));
			default -> new MeasureValue(MEASURE, ValueState.NOT_RECORDED, null, null, null);
		};
		assertThat(FigureAsOf.of(value, REPORT)).isEqualTo(asOf);
	}

}
