package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChildRecordTest {

	@Test
	void aPartsDataReadsAsLabelledFactsNestedUnderTheirParents() {
		Map<String, Object> combined = new LinkedHashMap<>();
		combined.put("possibleSessions", 140);
		combined.put("persistentlyAbsent", true);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("basis", "academic year to date");
		data.put("combined", combined);
		data.put("suspensions", List.of());
		data.put("leavingDate", null);
		data.put("placements", List.of(Map.of("providerName", "Harbour School")));
		assertThat(ChildRecord.facts(data)).containsExactly(new ChildRecord.Fact("Basis", "academic year to date"),
				new ChildRecord.Fact("Combined: Possible sessions", "140"),
				new ChildRecord.Fact("Combined: Persistently absent", "yes"),
				new ChildRecord.Fact("Suspensions", "none"), new ChildRecord.Fact("Leaving date", "not recorded"),
				new ChildRecord.Fact("Placements: 1: Provider name", "Harbour School"));
	}

	@Test
	void eachStatusIsSaidPlainly() {
		assertThat(new ChildRecord.Section("ehcPlan", "WITHHELD", "", List.of()).statusInWords())
			.isEqualTo("Withheld: you do not have the right to see this");
		assertThat(new ChildRecord.Section("transport", "UNAVAILABLE", "", List.of()).statusInWords())
			.startsWith("Unavailable");
		assertThat(new ChildRecord.Section("suspensionsAndExclusions", "NONE", "", List.of()).titleInWords())
			.isEqualTo("Suspensions and exclusions");
	}

}
