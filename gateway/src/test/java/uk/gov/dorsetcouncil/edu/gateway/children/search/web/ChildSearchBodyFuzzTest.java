package uk.gov.dorsetcouncil.edu.gateway.children.search.web;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.gateway.children.search.ChildSearchQuery;
import uk.gov.dorsetcouncil.edu.platform.identifiers.NhsNumber;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Postcode;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of a search for a child, as any partner system can send it: any bytes are read
 * by the platform's strict JSON rules (as the gateway reads them) and become either a
 * query strong enough to send (a family name and a date of birth, or an NHS number; every
 * field in its one written form) or one 400 problem naming a field; never another
 * exception, never a wildcard. Seeds in {@code ChildSearchBodyFuzzTestInputs};
 * coverage-guided in the test command (ADR 0019).
 */
class ChildSearchBodyFuzzTest {

	@FuzzTest
	@DictionaryEntries({ "\"familyName\"", "\"givenName\"", "\"dateOfBirth\"", "\"postcode\"", "\"nhsNumber\"",
			"\"purpose\"", "\"agreement\"", "\"2016-07-04\"", "\"DT1 1XJ\"", "\"9434765919\"", "\"Smith-Jones\"",
			"null", "\"\\u0301\"" })
	void searchBodyIsAQueryStrongEnoughOrAProblemNamingAField(byte[] body) {
		ChildSearchBody parsed;
		try {
			parsed = StrictJson.mapper().readValue(body, ChildSearchBody.class);
		}
		catch (JacksonException unread) {
			assertThat(StrictJson.violation(unread).field()).isNotBlank();
			return;
		}
		if (parsed == null) {
			// The body "null": the web layer refuses a missing body before the handler.
			return;
		}
		ChildSearchQuery query;
		try {
			query = parsed.query();
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy((violation) -> assertThat(violation.field()).isIn("familyName", "givenName", "dateOfBirth",
						"postcode", "nhsNumber"));
			return;
		}
		assertThat(query.nhsNumber() != null || (query.familyName() != null && query.dateOfBirth() != null))
			.as("never a wildcard")
			.isTrue();
		if (query.postcode() != null) {
			assertThat(new Postcode(query.postcode()).value()).isEqualTo(query.postcode());
		}
		if (query.nhsNumber() != null) {
			assertThat(new NhsNumber(query.nhsNumber()).value()).isEqualTo(query.nhsNumber());
		}
	}

}
