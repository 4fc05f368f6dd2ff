package uk.gov.dorsetcouncil.edu.gateway.dashboard.client;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.gateway.dashboard.ChildRecord;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingsTest {

	/** A profile as the API answers it (ChildRecordViews), one part of each status. */
	private static final String PROFILE = """
			{"upn":"A838200125001","asOf":"2026-11-23T09:00:00Z","purpose":null,"agreement":null,
			 "released":["ATTENDANCE","TRANSPORT"],
			 "parts":{
			  "attendance":{"status":"AVAILABLE","data":{"basis":"academic year to date","fromDate":"2026-09-02",
			    "toDate":"2026-11-20","asOf":"2026-11-23T09:00:00Z",
			    "combined":{"possibleSessions":140,"presentSessions":130,"attendancePercent":92.9,"persistentlyAbsent":false},
			    "enrolments":[{"schoolUrn":"990027","schoolName":"Chesil Primary","admissionDate":"2020-09-01","leavingDate":null}]}},
			  "suspensionsAndExclusions":{"status":"WITHHELD","reason":"not released to your role (field-level policy)"},
			  "partTimeTimetable":{"status":"NONE","reason":"none recorded"},
			  "alternativeProvision":{"status":"UNAVAILABLE","reason":"belonging did not answer in time"},
			  "ehcPlan":{"status":"AVAILABLE","data":{"hasPlan":false}},
			  "transport":{"status":"AVAILABLE","data":{"arrangements":[]}}}}
			""";

	@Test
	void aProfileReadsAsASectionPerPartWithItsFactsOrWhyNot() {
		ChildRecord child = Readings.child(JsonMapper.shared().readTree(PROFILE));
		assertThat(child.upn()).isEqualTo("A838200125001");
		assertThat(child.released()).containsExactly("ATTENDANCE", "TRANSPORT");
		assertThat(child.sections()).extracting(ChildRecord.Section::status)
			.containsExactly("AVAILABLE", "WITHHELD", "NONE", "UNAVAILABLE", "AVAILABLE", "AVAILABLE");
		assertThat(child.sections().get(0).facts()).contains(new ChildRecord.Fact("Combined: Possible sessions", "140"),
				new ChildRecord.Fact("Enrolments: 1: School name", "Chesil Primary"),
				new ChildRecord.Fact("Enrolments: 1: Leaving date", "not recorded"));
		assertThat(child.sections().get(1).reason()).isEqualTo("not released to your role (field-level policy)");
		assertThat(child.sections().get(1).facts()).isEmpty();
		assertThat(child.sections().get(5).facts()).containsExactly(new ChildRecord.Fact("Arrangements", "none"));
	}

}
