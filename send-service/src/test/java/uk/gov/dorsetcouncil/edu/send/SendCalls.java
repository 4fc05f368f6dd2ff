package uk.gov.dorsetcouncil.edu.send;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;

/**
 * The callers of SEND's API tests and their JSON writes, as the gateway passes them on: a
 * SEND caseworker of the LA, the SENCO of the child's school and of another, and the
 * Education Board analyst.
 */
public final class SendCalls {

	public static final String SCHOOL = "991001";

	public static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write", "attendance:read"));

	public static final Caller SENCO = new Caller("senco@991001", null, Organisation.school(SCHOOL), Set.of("SENCO"),
			Set.of("ehcp:read"));

	public static final Caller OTHER_SENCO = new Caller("senco@991002", null, Organisation.school("991002"),
			Set.of("SENCO"), Set.of("ehcp:read"));

	public static final Caller ANALYST = new Caller("analyst-1", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("measures:read", "dashboards:read"));

	private final CallerRequests api;

	public SendCalls(CallerRequests api) {
		this.api = api;
	}

	/** A JSON POST, with an {@code Idempotency-Key} when {@code key} is not null. */
	public RestTestClient.ResponseSpec post(Caller caller, String path, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, path).contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	public RestTestClient.ResponseSpec put(Caller caller, String path, String body) {
		return this.api.put(caller, path).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

}
