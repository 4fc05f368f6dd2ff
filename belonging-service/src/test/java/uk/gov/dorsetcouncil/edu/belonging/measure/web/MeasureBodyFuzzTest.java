package uk.gov.dorsetcouncil.edu.belonging.measure.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureStore;
import uk.gov.dorsetcouncil.edu.belonging.measure.RecordedValue;
import uk.gov.dorsetcouncil.edu.belonging.register.Registers;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.input.KeptText;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measure's recorded value: the number from the path and any bytes of the body, read by
 * the platform's strict JSON rules and recorded (the computed parts are not asked). The
 * answer is a value within its bounds, or a problem that names its fields; never another
 * exception. Coverage-guided in the test command (ADR 0019).
 */
class MeasureBodyFuzzTest {

	@FuzzTest
	@DictionaryEntries({ "value", "period", "evidence", "asOf", "2026-12-07", "2026-12-08", "2025/26", "6", "19", "20",
			"null", "\\ud800", "\\u0000" })
	void anyBodyIsRecordedOrAProblemNamingAField(FuzzedDataProvider data) {
		String number = data.consumeString(4);
		byte[] bytes = data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8);
		List<RecordedValue> kept = new ArrayList<>();
		MeasureReading reading = new MeasureReading(null, null, null, null, null, new MeasureStore() {

			@Override
			public void add(RecordedValue value) {
				kept.add(value);
			}

			@Override
			public List<RecordedValue> latest() {
				return kept;
			}

			@Override
			public Optional<RecordedValue> latest(int measure) {
				return Optional.empty();
			}

		}, SmallNumberSuppression.off(), Registers.TODAY);
		try {
			MeasureController.MeasureRecordBody body = StrictJson.read(bytes,
					MeasureController.MeasureRecordBody.class);
			RecordedValue recorded = reading.record(Registers.INCLUSION, number, body.value(), body.period(),
					body.evidence(), body.asOf());
			assertThat(recorded.measure()).isBetween(1, 19);
			assertThat(recorded.asOf()).isBeforeOrEqualTo(LocalDate.now(Registers.TODAY));
			for (String text : new String[] { recorded.value(), recorded.period() }) {
				assertThat(KeptText.problemWith(text, KeptText.Form.LINE)).isEmpty();
			}
			assertThat(kept).containsExactly(recorded);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty().allSatisfy(v -> {
				assertThat(v.field()).isNotNull();
				assertThat(v.detail()).isNotBlank();
			});
			assertThat(kept).isEmpty();
		}
	}

}
