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

}
