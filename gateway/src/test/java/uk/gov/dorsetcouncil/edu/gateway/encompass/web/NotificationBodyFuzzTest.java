package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Instant;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.gateway.encompass.IncidentReport;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of an Operation Encompass notification, as any police system can send it: any
 * bytes are read by the platform's strict JSON rules (as the gateway reads them) and
 * become either a complete report (every required field, the child under 18, the postcode
 * in its one form) or one 400 problem naming fields of the notification; never another
 * exception. Coverage-guided in the test command (ADR 0019).
 */
class NotificationBodyFuzzTest {

	static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");

	@FuzzTest
	@DictionaryEntries({ "\"policeReference\"", "\"incidentAt\"", "\"location\"", "\"child\"", "\"familyName\"",
			"\"givenName\"", "\"dateOfBirth\"", "\"address\"", "\"postcode\"", "\"childPresent\"",
			"\"schoolNeedsToKnow\"", "\"2026-12-04T19:30:00Z\"", "\"2016-07-04\"", "\"DT1 1XJ\"", "\"DP/1\"", "true",
			"null", "{", "}" })
	void aBodyIsAReportOrAProblemNamingItsFields(byte[] body) {
		NotificationBody parsed;
		try {
			parsed = StrictJson.mapper().readValue(body, NotificationBody.class);
		}
		catch (JacksonException unread) {
			assertThat(StrictJson.violation(unread).field()).isNotBlank();
			return;
		}
		if (parsed == null) {
			return;
		}
		IncidentReport report;
		try {
			report = parsed.report(NOW);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy((violation) -> assertThat(violation.field()).isIn("policeReference", "incidentAt",
						"location", "child.familyName", "child.givenName", "child.dateOfBirth", "child.address",
						"child.postcode", "childPresent", "schoolNeedsToKnow"));
			return;
		}
		assertThat(report.child().dateOfBirth().plusYears(18)).as("a child on the day of the incident")
			.isAfter(report.incidentAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
		assertThat(report.incidentAt()).isBeforeOrEqualTo(NOW.plusSeconds(300));
		if (report.child().postcode() != null) {
			assertThat(new Postcode(report.child().postcode()).value()).isEqualTo(report.child().postcode());
		}
	}

}
