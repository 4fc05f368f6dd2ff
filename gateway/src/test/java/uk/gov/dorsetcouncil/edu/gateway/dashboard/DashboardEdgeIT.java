package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.TestClients;
import uk.gov.dorsetcouncil.edu.gateway.TestIssuer;
import uk.gov.dorsetcouncil.edu.gateway.TestPersona;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's door on a real gateway (ADR 0033): sign-in starts an authorization
 * request with PKCE in a cookie-bound session, a bearer token opens none of its pages, a
 * state-changing request without the CSRF token is refused, and the API beside it stays
 * stateless. The whole flow with the development issuer: deploy's DashboardIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardEdgeIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	static {
		StandIns.stopAtExit(backends, issuer);
	}

	private WebTestClient client;

	private int port;

	@LocalServerPort
	void port(int port) {
		this.port = port;
		this.client = TestClients.of(port);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
		registry.add("spring.security.oauth2.client.provider.dashboard.authorization-uri",
				() -> "http://127.0.0.1:1/authorize");
		registry.add("spring.security.oauth2.client.provider.dashboard.token-uri", () -> "http://127.0.0.1:1/token");
	}

	@Test
	void signingInSendsTheBrowserToTheIdentityProviderWithPkceAndASecureSessionCookie() {
		var answer = this.client.get().uri("/oauth2/authorization/dashboard").exchange().expectStatus().isFound();
		var result = answer.returnResult(String.class);
		URI location = result.getResponseHeaders().getLocation();
		var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(location.toString()).startsWith("http://127.0.0.1:1/authorize?");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("client_id")).isEqualTo("dorset-dashboard");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).hasSize(43);
		assertThat(query.getFirst("state")).isNotBlank();
		assertThat(URLDecoder.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
			.isEqualTo("http://127.0.0.1:" + this.port + "/login/oauth2/code/dashboard");
		assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("DORSET_DASHBOARD_SESSION=")
				.containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("; SameSite=Lax"));
	}

	@ParameterizedTest
	@EnumSource(TestPersona.class)
	void aBearerTokenOpensNoDashboardPage(TestPersona persona) {
		this.client.get()
			.uri("/dashboard/overview")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/dashboard");
	}

	@Test
	void signingOutWithoutTheFormsCsrfTokenIsRefused() {
		this.client.post().uri("/dashboard/sign-out").exchange().expectStatus().isForbidden();
	}

	@Test
	void aCallbackThatNoSessionAskedForIsAFailedSignIn() {
		this.client.get()
			.uri("/login/oauth2/code/dashboard?code=forged&state=forged")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/dashboard/signed-out?failed");
	}

	@Test
	void theApiBesideItStaysStatelessAndKeepsItsBearerRules() {
		this.client.get()
			.uri("/api/v1/agreements")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.client.get().uri("/api/v1/agreements").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theDashboardsStylesAreServedFromTheGatewayItself() {
		this.client.get()
			.uri("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get().uri("/dashboard/assets/dashboard.css").exchange().expectStatus().isOk();
	}

}
