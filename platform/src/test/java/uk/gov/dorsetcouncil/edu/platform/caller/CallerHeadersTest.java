package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CallerHeadersTest {

	@Test
	void aCallerSurvivesTheTripThroughHeaders() {
		Caller caller = new Caller("jane", "mis-connector", Organisation.school("991001"),
				Set.of("SCHOOL_ATTENDANCE_LEAD"), Set.of("attendance:read", "registers:write"));

		Caller back = CallerHeaders.fromHeaders(CallerHeaders.toHeaders(caller)::get);

		assertThat(back).isEqualTo(caller);
		assertThat(back.actsForSchool()).isTrue();
		assertThat(back.actsCountyWide()).isFalse();
		assertThat(back.hasScope("registers:write")).isTrue();
		assertThat(back.hasScope("ehcp:read")).isFalse();
	}

	@ParameterizedTest(name = "[{0}] [{1}] refused: {2}")
	@CsvSource(delimiter = '|',
			value = { " | SCHOOL:991001 | no caller context", "jane | | no caller context",
					"jane | SCHOOL | must be TYPE:id", "jane | WIZARD:1 | unknown organisation type",
					"jane | SCHOOL: | must be TYPE:id", "' ' | SCHOOL:991001 | subject is empty" })
	void refusesMissingOrMalformedContext(String subject, String organisation, String reason) {
		Map<String, String> headers = new HashMap<>();
		if (subject != null) {
			headers.put(CallerHeaders.SUBJECT, subject);
		}
		if (organisation != null) {
			headers.put(CallerHeaders.ORGANISATION, organisation);
		}
		assertThatExceptionOfType(MissingCallerException.class)
			.isThrownBy(() -> CallerHeaders.fromHeaders(headers::get))
			.withMessageContaining(reason);
	}

	@Test
	void clientDefaultsToSubjectAndScopesMayBeCommaOrSpaceSeparated() {
		Caller caller = CallerHeaders.fromHeaders(Map.of(CallerHeaders.SUBJECT, "svc", CallerHeaders.ORGANISATION,
				"LOCAL_AUTHORITY:838", CallerHeaders.SCOPES, "attendance:read, ehcp:read  pledges:read")::get);
		assertThat(caller.clientId()).isEqualTo("svc");
		assertThat(caller.scopes()).containsExactlyInAnyOrder("attendance:read", "ehcp:read", "pledges:read");
		assertThat(caller.actsCountyWide()).isTrue();
	}

	/**
	 * Values the gateway never sends (it accepts only printable ASCII and words in a
	 * token): found by {@code CallerHeadersFuzzTest}, where a role ending in control
	 * characters did not survive the trip back through the headers.
	 */
	@ParameterizedTest(name = "{0}: [{1}] refused")
	@CsvSource(delimiter = '|',
			value = { "x-dorset-subject | jane\\u0000", "x-dorset-subject | j\\u00e1ne",
					"x-dorset-organisation | SCHOOL:1\\u202e", "x-dorset-client | app\\u0007",
					"x-dorset-roles | TEACHER \\u03c0\\u0001", "x-dorset-scopes | attendance:read;drop" })
	void refusesWhatTheGatewayNeverSends(String header, String escaped) {
		Map<String, String> headers = new HashMap<>(
				Map.of(CallerHeaders.SUBJECT, "jane", CallerHeaders.ORGANISATION, "SCHOOL:991001"));
		headers.put(header, unescape(escaped));
		assertThatExceptionOfType(MissingCallerException.class)
			.isThrownBy(() -> CallerHeaders.fromHeaders(headers::get))
			.withMessageContaining(header);
	}

	/** {@code \\uXXXX} escapes, as a CSV source cannot hold control characters. */
	private static String unescape(String text) {
		return java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})")
			.matcher(text)
			.replaceAll(match -> String.valueOf((char) Integer.parseInt(match.group(1), 16)));
	}

}
