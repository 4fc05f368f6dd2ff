package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.HashMap;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller headers a service reads on every call (set by the gateway, or by a service
 * calling another): any values, any missing, become a caller or a
 * {@link MissingCallerException} (401 over HTTP, UNAUTHENTICATED over gRPC); never
 * another exception. A caller read is written back to the same headers and read again
 * unchanged. Coverage-guided in the test command (ADR 0019).
 */
class CallerHeadersFuzzTest {

	@FuzzTest
	@DictionaryEntries({ "SCHOOL:", "LOCAL_AUTHORITY:838", "LOCALITY:CHESIL", "POLICE:", "SERVICE:", ":", " ", ",",
			"attendance:read", "LA_OFFICER" })
	void anyHeadersAreACallerOrRefused(FuzzedDataProvider data) {
		Map<String, String> headers = new HashMap<>();
		for (String name : CallerHeaders.ALL.stream().sorted().toList()) {
			if (data.consumeBoolean()) {
				headers.put(name, data.consumeString(200));
			}
		}
		Caller caller;
		try {
			caller = CallerHeaders.fromHeaders(headers::get);
		}
		catch (MissingCallerException refused) {
			return;
		}
		assertThat(caller.subject()).isNotBlank();
		assertThat(caller.organisation().id()).isNotBlank();
		Map<String, String> again = CallerHeaders.toHeaders(caller);
		assertThat(CallerHeaders.fromHeaders(again::get)).isEqualTo(caller);
	}

}
