package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;

/**
 * REST requests to a service running on a local port, made as the gateway makes them:
 * with the caller's {@code x-dorset-*} headers, or with none to see the refusal.
 */
public final class CallerRequests {

	private final RestTestClient rest;

	private CallerRequests(RestTestClient rest) {
		this.rest = rest;
	}

	public static CallerRequests toLocalServer(int port) {
		return new CallerRequests(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build());
	}

	public RestTestClient.RequestHeadersSpec<?> get(Caller caller, String uri, Object... uriVariables) {
		return this.rest.get().uri(uri, uriVariables).headers(headersOf(caller));
	}

	public RestTestClient.RequestBodySpec put(Caller caller, String uri, Object... uriVariables) {
		return this.rest.put().uri(uri, uriVariables).headers(headersOf(caller));
	}

	public RestTestClient.RequestBodySpec post(Caller caller, String uri, Object... uriVariables) {
		return this.rest.post().uri(uri, uriVariables).headers(headersOf(caller));
	}

	/**
	 * The client with no caller headers, as for a call that did not come through the
	 * gateway.
	 */
	public RestTestClient withoutCaller() {
		return this.rest;
	}

	private static Consumer<HttpHeaders> headersOf(Caller caller) {
		return headers -> CallerHeaders.toHeaders(caller).forEach(headers::add);
	}

}
