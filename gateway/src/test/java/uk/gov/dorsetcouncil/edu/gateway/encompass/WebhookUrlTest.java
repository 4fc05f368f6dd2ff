package uk.gov.dorsetcouncil.edu.gateway.encompass;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a school's system may take notifications (ADR 0045). */
class WebhookUrlTest {

	/**
	 * A URL, whether plain http to this machine is allowed (the local run and tests), and
	 * the problem (blank: none).
	 */
	@ParameterizedTest(name = "{0} (loopback http allowed: {1}) -> {2}")
	@CsvSource(delimiter = '|', value = { "https://safeguarding.example-school.org.uk/encompass | false | ",
			"https://safeguarding.example-school.org.uk:8443/in?school=991001 | false | ",
			"HTTPS://Example.org/x | false | ",
			"http://safeguarding.example-school.org.uk/encompass | false | https only",
			"http://safeguarding.example-school.org.uk/encompass | true | https only (plain http to this machine only",
			"http://127.0.0.1:8089/hook | true | ", "http://localhost/hook | true | ",
			"http://[::1]:9000/hook | true | ", "http://127.0.0.1:8089/hook | false | https only",
			"http://10.0.0.5/hook | true | https only", "http://127.0.0.1.example.org/hook | true | https only",
			"ftp://example.org/hook | false | https only",
			"https://user:pass@example.org/hook | false | no user name or password",
			"https://example.org/hook#part | false | no fragment",
			"https:///nohost | false | an absolute URL with a host",
			"/relative/path | false | an absolute URL with a host",
			"mailto:dsl@example.org | false | an absolute URL with a host", "https://exa mple.org/ | false | not a URL",
			"'' | false | required", "'   ' | false | required" })
	void aUrlTakesNotificationsOrIsRefusedWithAReason(String url, boolean allowHttpLoopback, String problem) {
		if (problem == null) {
			assertThat(WebhookUrl.problem(url, allowHttpLoopback)).isEmpty();
		}
		else {
			assertThat(WebhookUrl.problem(url, allowHttpLoopback))
				.hasValueSatisfying((found) -> assertThat(found).startsWith(problem));
		}
	}

	@org.junit.jupiter.api.Test
	void aNullOrOverlongUrlIsRefused() {
		assertThat(WebhookUrl.problem(null, true))
			.hasValueSatisfying((found) -> assertThat(found).startsWith("required"));
		assertThat(WebhookUrl.problem("https://example.org/" + "a".repeat(WebhookUrl.MAX_LENGTH), false))
			.hasValue("at most 2000 characters");
	}

}
