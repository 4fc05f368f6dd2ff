package uk.gov.dorsetcouncil.edu.gateway.encompass;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A notification as the police send it: every field checked, each fault named. */
class IncidentReportTest {

	static final Instant NOW = Instant.parse("2026-12-07T22:00:00Z");

	@Test
	void aGoodReportIsKeptInItsOneWrittenForm() {
		IncidentReport report = IncidentReport.of("DP/2026/118204", "2026-12-04T19:30:00Z", " the child's home ",
				"Smith-Jones", "Amelia", "2016-07-04", "1 High Street, Dorchester", "dt11xj", true, "Amelia was upset",
				NOW);
		assertThat(report.location()).isEqualTo("the child's home");
		assertThat(report.child().postcode()).isEqualTo("DT1 1XJ");
		assertThat(report.childPresent()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"no reference          | -           | 2026-12-04T19:30:00Z | 2016-07-04 | -        | true | policeReference",
			"a reference with a space | DP 1     | 2026-12-04T19:30:00Z | 2016-07-04 | -        | true | policeReference",
			"no incident time      | DP/1        | -                    | 2016-07-04 | -        | true | incidentAt",
			"a local time, no zone | DP/1        | 2026-12-04T19:30:00  | 2016-07-04 | -        | true | incidentAt",
			"an incident tomorrow  | DP/1        | 2026-12-08T19:30:00Z | 2016-07-04 | -        | true | incidentAt",
			"an incident last year | DP/1        | 2025-12-04T19:30:00Z | 2016-07-04 | -        | true | incidentAt",
			"born after it         | DP/1        | 2026-12-04T19:30:00Z | 2026-12-05 | -        | true | child.dateOfBirth",
			"eighteen that day     | DP/1        | 2026-12-04T19:30:00Z | 2008-12-04 | -        | true | child.dateOfBirth",
			"not a date            | DP/1        | 2026-12-04T19:30:00Z | 2016-02-30 | -        | true | child.dateOfBirth",
			"a malformed postcode  | DP/1        | 2026-12-04T19:30:00Z | 2016-07-04 | DT1      | true | child.postcode",
			"presence not said     | DP/1        | 2026-12-04T19:30:00Z | 2016-07-04 | -        | -    | childPresent" })
	void aFaultIsA400NamingTheField(String why, String reference, String at, String born, String postcode,
			Boolean present, String field) {
		ProblemException refused = catchThrowableOfType(ProblemException.class, () -> IncidentReport.of(reference, at,
				"home", "Smith", "Amelia", born, null, postcode, present, "note", NOW));
		assertThat(refused).as(why).isNotNull();
		assertThat(refused.violations()).extracting(Violation::field).as(why).containsExactly(field);
	}

	@Test
	void seventeenOnTheDayIsAChild() {
		assertThat(IncidentReport
			.of("DP/1", "2026-12-04T19:30:00Z", "home", "Smith", "Sam", "2008-12-05", null, null, false, "note", NOW)
			.child()
			.dateOfBirth()).hasToString("2008-12-05");
	}

	@Test
	void everyMissingFieldIsNamedAtOnce() {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> IncidentReport.of(null, null, null, null, null, null, null, null, null, null, NOW));
		assertThat(refused.violations()).extracting(Violation::field)
			.containsExactly("policeReference", "incidentAt", "location", "child.familyName", "child.givenName",
					"child.dateOfBirth", "childPresent", "schoolNeedsToKnow");
	}

	@Test
	void textTooLongIsRefusedNamingIt() {
		ProblemException refused = catchThrowableOfType(ProblemException.class,
				() -> IncidentReport.of("DP/1", "2026-12-04T19:30:00Z", "home", "Smith", "Amelia", "2016-07-04", null,
						null, true, "x".repeat(2001), NOW));
		assertThat(refused.violations()).extracting(Violation::field).containsExactly("schoolNeedsToKnow");
	}

}
