package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookUrl;
import uk.gov.dorsetcouncil.edu.platform.identifiers.SchoolIdentifiers;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of a webhook registration, as any caller can send it: any bytes are read by
 * the platform's strict JSON rules and become either a registration (a well-formed URN,
 * an https URL or plain http to this machine, ACTIVE or PAUSED) or one 400 problem naming
 * its fields; never another exception. Coverage-guided in the test command (ADR 0019).
 */
class WebhookBodyFuzzTest {

	@FuzzTest
	@DictionaryEntries({ "\"school\"", "\"url\"", "\"status\"", "\"991001\"", "\"https://\"",
			"\"http://127.0.0.1:8089/\"", "\"http://localhost/\"", "\"http://[::1]/\"", "@", "#", "\"ACTIVE\"",
			"\"PAUSED\"", "null", "{", "}" })
	void aBodyIsARegistrationOrAProblemNamingItsFields(byte[] body) {
		WebhookBody parsed;
		try {
			parsed = StrictJson.mapper().readValue(body, WebhookBody.class);
		}
		catch (JacksonException unread) {
			assertThat(StrictJson.violation(unread).field()).isNotBlank();
			return;
		}
		if (parsed == null) {
			return;
		}
		WebhookBody.Checked checked;
		try {
			checked = parsed.checked(true);
		}
		catch (ProblemException refused) {
			assertThat(refused.problem()).isEqualTo(Problem.INVALID_INPUT);
			assertThat(refused.violations()).isNotEmpty()
				.allSatisfy((violation) -> assertThat(violation.field()).isIn("school", "url", "status"));
			return;
		}
		assertThat(SchoolIdentifiers.urnProblem(checked.school())).isEmpty();
		assertThat(WebhookUrl.problem(checked.url(), true)).isEmpty();
		assertThat(checked.url()).startsWithIgnoringCase("http");
		assertThat(checked.status()).isNotNull();
		// what passes here with plain http is refused in production
		if (!checked.url().regionMatches(true, 0, "https:", 0, 6)) {
			assertThat(WebhookUrl.problem(checked.url(), false)).isPresent();
		}
	}

}
