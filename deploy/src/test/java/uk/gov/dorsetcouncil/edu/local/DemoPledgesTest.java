package uk.gov.dorsetcouncil.edu.local;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's pledge activity covers every commitment of both pledges, and every value it
 * records by hand is for a measure of its commitment that takes values by hand, with
 * evidence.
 */
class DemoPledgesTest {

	static final JsonNode DEMO = DemoPledges.read();

	@Test
	void everyCommitmentOfBothPledgesHasMeasuresActionsAndItsWorkingGroup() {
		Map<String, JsonNode> byKey = byKey();

		assertThat(byKey).hasSize(17);
		for (int n = 1; n <= 10; n++) {
			assertThat(byKey.get("STUDENT-" + n).get("persona").asString()).isEqualTo("student-pledge-group");
		}
		for (int n = 1; n <= 7; n++) {
			assertThat(byKey.get("WORKFORCE-" + n).get("persona").asString()).isEqualTo("workforce-pledge-group");
		}
		assertThat(byKey.values()).allSatisfy(c -> {
			assertThat(c.at("/body/measures").isEmpty()).isFalse();
			assertThat(c.at("/body/actions").isEmpty()).isFalse();
		});
	}

	@Test
	void everyValueRecordedByHandIsForARecordedMeasureWithEvidence() {
		Map<String, JsonNode> byKey = byKey();
		assertThat(DEMO.get("values").size()).isGreaterThanOrEqualTo(14);
		for (JsonNode value : DEMO.get("values")) {
			JsonNode measure = byKey.get(value.get("key").asString())
				.at("/body/measures")
				.valueStream()
				.filter(m -> m.get("id").asString().equals(value.get("measure").asString()))
				.findFirst()
				.orElseThrow();
			assertThat(measure.at("/source/kind").asString()).as(value.toString()).isEqualTo("RECORDED");
			assertThat(value.at("/body/evidence").isEmpty()).isFalse();
			if (!value.get("persona").asString().endsWith("-group")) {
				assertThat(byKey.get(value.get("key").asString()).at("/body/owner/subject").asString())
					.isEqualTo("dev-" + value.get("persona").asString());
			}
		}
	}

	private static Map<String, JsonNode> byKey() {
		Map<String, JsonNode> byKey = new HashMap<>();
		DEMO.get("commitments").forEach(c -> byKey.put(c.get("key").asString(), c));
		return byKey;
	}

}
