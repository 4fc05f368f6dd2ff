package uk.gov.dorsetcouncil.edu.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as a partner meets it: a real server on a random port, tokens from a
 * stand-in identity provider, and WireMock stand-ins for the five services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	private WebTestClient client;

	@LocalServerPort
	void port(int port) {
		this.client = TestClients.of(port);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
		registry.add("dorset.gateway.max-request-size", () -> "1KB");
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "1s");
	}

	static {
		StandIns.stopAtExit(backends, issuer);
	}

	@BeforeEach
	void everyServiceReady() {
		backends.awaitApiDocumentFetches();
		backends.reset();
	}

	static Stream<Arguments> invalidTokens() {
		Instant now = Instant.now();
		return Stream.of(Arguments.of("no token", null), Arguments.of("not a JWT", "not-a-jwt"),
				Arguments.of("expired beyond the clock skew",
						issuer.sign(TestIssuer.claims("attendance:read")
							.issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
							.expirationTime(Date.from(now.minus(Duration.ofSeconds(90))))
							.build())),
				Arguments.of("no expiry",
						issuer.sign(TestIssuer.claims("attendance:read").expirationTime(null).build())),
				Arguments.of("wrong issuer",
						issuer.sign(TestIssuer.claims("attendance:read").issuer("https://elsewhere.example").build())),
				Arguments.of("wrong audience",
						issuer.sign(TestIssuer.claims("attendance:read").audience("another-platform").build())),
				Arguments.of("no subject", issuer.sign(TestIssuer.claims("attendance:read").subject(null).build())),
				Arguments.of("signed with a key the issuer never published",
						issuer.signAsStranger(TestIssuer.claims("attendance:read").build())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidTokens")
	void refusesACallWithoutAValidTokenWith401(String why, String token) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get().uri("/api/v1/attendance/schools");
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		request.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, challenge -> assertThat(challenge).startsWith("Bearer"))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/attendance/schools");
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void acceptsATokenThatExpiredWithinTheClockSkew() {
		Instant now = Instant.now();
		String token = issuer.sign(TestIssuer.claims("attendance:read")
			.issueTime(Date.from(now.minus(Duration.ofMinutes(5))))
			.expirationTime(Date.from(now.minus(Duration.ofSeconds(20))))
			.build());
		this.client.get()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@ParameterizedTest(name = "{0} {1} with [{2}] -> {3}")
	@CsvSource({ "GET, /api/v1/attendance/pupils/A123, attendance:read, 200",
			"GET, /api/v1/attendance/pupils/A123, ehcp:read registers:write, 403",
			"PUT, /api/v1/attendance/registers/113001/2025-09-08/AM, registers:write, 200",
			"PUT, /api/v1/attendance/registers/113001/2025-09-08/AM, attendance:read, 403",
			"POST, /api/v1/attendance/schools, schools:write, 200",
			"DELETE, /api/v1/attendance/x, registers:write, 200",
			"PATCH, /api/v1/attendance/x, registers:write schools:write attendance:read, 405",
			"GET, /api/v1/send/plans/1, ehcp:read, 200", "GET, /api/v1/send/plans/1, attendance:read, 403",
			"POST, /api/v1/send/plans, ehcp:write, 200", "POST, /api/v1/send/plans, ehcp:read, 403",
			"POST, /api/v1/send/assessments, ehcp:write, 200", "POST, /api/v1/send/assessments, ehcp:read, 403",
			"PUT, /api/v1/send/assessments/x/steps/FINAL_PLAN, ehcp:write, 200",
			"GET, /api/v1/send/assessment-queue, ehcp:read, 200",
			"GET, /api/v1/send/assessment-queue, measures:read, 403",
			"GET, /api/v1/send/assessment-measures, measures:read, 200",
			"GET, /api/v1/send/assessment-measures, ehcp:read, 200",
			"GET, /api/v1/send/assessment-measures, dashboards:read, 403",
			"POST, /api/v1/send/ehc-plans/x/reviews, ehcp:write, 200",
			"POST, /api/v1/send/ehc-plans/x/reviews, ehcp:read, 403",
			"PUT, /api/v1/send/reviews/x/decision, ehcp:write, 200", "GET, /api/v1/send/review-queue, ehcp:read, 200",
			"GET, /api/v1/send/review-queue, measures:read, 403",
			"GET, /api/v1/send/review-measures, measures:read, 200",
			"GET, /api/v1/send/review-measures, dashboards:read, 403",
			"PUT, /api/v1/send/ehc-plans/x/sections, ehcp:write, 200",
			"POST, /api/v1/send/ehc-plans/x/transfers, ehcp:read, 403",
			"GET, /api/v1/send/ehc-plans/x/history, ehcp:read, 200",
			"GET, /api/v1/send/sen2-measures, measures:read, 200", "GET, /api/v1/send/sen2-export, measures:read, 200",
			"GET, /api/v1/send/sen2-export, ehcp:read, 200", "GET, /api/v1/send/sen2-export, dashboards:read, 403",
			"GET, /api/v1/belonging/suspensions, belonging:read, 200",
			"POST, /api/v1/belonging/exclusions, belonging:read, 403",
			"POST, /api/v1/belonging/exclusions, belonging:write, 200",
			"PUT, /api/v1/belonging/exclusions/x/steps/PARENT_NOTICE, belonging:write, 200",
			"DELETE, /api/v1/belonging/exclusions/x, belonging:write, 405",
			"POST, /api/v1/belonging/part-time-timetables, belonging:write, 200",
			"PUT, /api/v1/belonging/part-time-timetables/x/end, belonging:read, 403",
			"GET, /api/v1/belonging/part-time-timetables/alerts, measures:read, 403",
			"GET, /api/v1/belonging/rates, measures:read, 200", "GET, /api/v1/belonging/rates, belonging:read, 200",
			"GET, /api/v1/belonging/rates, transport:read, 403",
			"POST, /api/v1/belonging/registers/entries, belonging:registers, 200",
			"POST, /api/v1/belonging/registers/entries, belonging:read belonging:write, 403",
			"PUT, /api/v1/belonging/registers/entries/x/closure, belonging:registers, 200",
			"PUT, /api/v1/belonging/registers/entries/x/closure, belonging:write, 403",
			"GET, /api/v1/belonging/registers/entries, belonging:registers, 200",
			"GET, /api/v1/belonging/registers/entries, belonging:read, 200",
			"GET, /api/v1/belonging/registers/entries, measures:read, 403",
			"GET, /api/v1/belonging/registers/counts, measures:read, 200",
			"GET, /api/v1/belonging/pupils/A123/registers, belonging:registers, 403",
			"GET, /api/v1/transport/eligibility, transport:read, 200",
			"GET, /api/v1/transport/eligibility, attendance:read, 403",
			"POST, /api/v1/transport/eligibility/assessments, transport:write, 200",
			"POST, /api/v1/transport/eligibility/assessments, transport:read, 403",
			"PUT, /api/v1/transport/eligibility/assessments, transport:write, 405",
			"GET, /api/v1/transport/eligibility/assessments/x, measures:read dashboards:read, 403",
			"GET, /api/v1/pledges, pledges:read, 200", "GET, /api/v1/pledges/progress, pledges:read, 200",
			"PUT, /api/v1/pledges/progress, pledges:read, 403",
			"PUT, /api/v1/pledges/commitments/STUDENT-6, pledges:write, 200",
			"POST, /api/v1/pledges/commitments/STUDENT-6/measures/M1/values, pledges:write, 200",
			"POST, /api/v1/pledges/commitments/STUDENT-6/measures/M1/values, pledges:read, 403",
			"DELETE, /api/v1/pledges/commitments/STUDENT-6, pledges:write, 405",
			"POST, /api/v1/pledges/reports, pledges:report, 200", "POST, /api/v1/pledges/reports, pledges:write, 403",
			"PUT, /api/v1/pledges/reports/2026-11-26/overrides/STUDENT-6, pledges:report, 200",
			"PUT, /api/v1/pledges/reports/2026-11-26/overrides/STUDENT-6, pledges:write, 403" })
	void checksTheScopeForTheRoute(String method, String path, String scopes, int expected) {
		this.client.method(HttpMethod.valueOf(method))
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token(scopes))
			.exchange()
			.expectStatus()
			.isEqualTo(expected);
		PlatformService owner = Arrays.stream(PlatformService.values())
			.filter(service -> path.startsWith(service.pathPrefix()))
			.findFirst()
			.orElseThrow();
		List<LoggedRequest> arrived = backends.of(owner).findAll(anyRequestedFor(urlEqualTo(path)));
		assertThat(arrived).hasSize((expected == 200) ? 1 : 0);
	}

	@Test
	void aRefusedScopeIsAProblemWithAnInsufficientScopeChallenge() {
		this.client.get()
			.uri("/api/v1/send/plans/1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("attendance:read"))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/forbidden")
			.jsonPath("$.status")
			.isEqualTo(403);
	}

	@ParameterizedTest(name = "org {0}")
	@CsvSource(nullValues = "none",
			value = { "none, token names no organisation", "SCHOOL, token organisation must be TYPE:id",
					"SERVICE:attendance, token names an organisation type the platform does not accept",
					"school:113001, token names an organisation type the platform does not accept",
					"LOCAL_AUTHORITY:839, token names a local authority other than 838" })
	void refusesATokenThatNamesNoAcceptableOrganisation(String org, String detail) {
		String token = issuer.sign(TestIssuer.claims("attendance:read").claim("org", org).build());
		this.client.get()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, actual -> assertThat(actual).startsWith(detail));
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void routesWithTheCallerFromTheTokenAndNothingTheClientClaimed() {
		JWTClaimsSet claims = TestIssuer.claims("attendance:read registers:write")
			.claim("roles", List.of("SCHOOL_ATTENDANCE_LEAD", "SCHOOL_DSL"))
			.build();
		this.client.get()
			.uri("/api/v1/attendance/pupils/A123?from=2025-09-01")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(claims))
			.header("x-dorset-subject", "someone-else")
			.header("X-Dorset-Organisation", "LOCAL_AUTHORITY:838")
			.header("x-dorset-scopes", "ehcp:read")
			.header("x-dorset-purpose", "made-up")
			.header("X-Forwarded-For", "203.0.113.66")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.answered")
			.isEqualTo(true);

		List<LoggedRequest> arrived = backends.of(PlatformService.ATTENDANCE)
			.findAll(anyRequestedFor(urlEqualTo("/api/v1/attendance/pupils/A123?from=2025-09-01")));
		assertThat(arrived).hasSize(1);
		LoggedRequest request = arrived.get(0);
		assertThat(request.getHeaders().getHeader("x-dorset-subject").values()).containsExactly("alice@school.example");
		assertThat(request.getHeaders().getHeader("x-dorset-client").values()).containsExactly("school-mis");
		assertThat(request.getHeaders().getHeader("x-dorset-organisation").values()).containsExactly("SCHOOL:113001");
		assertThat(words(request.getHeader("x-dorset-roles"))).containsExactlyInAnyOrder("SCHOOL_ATTENDANCE_LEAD",
				"SCHOOL_DSL");
		assertThat(request.getHeaders().getHeader("x-dorset-scopes").values()).hasSize(1);
		assertThat(words(request.getHeader("x-dorset-scopes"))).containsExactlyInAnyOrder("attendance:read",
				"registers:write");
		assertThat(request.containsHeader("x-dorset-purpose")).isFalse();
		assertThat(request.containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(request.containsHeader("X-Forwarded-For")
				&& request.getHeader("X-Forwarded-For").contains("203.0.113.66"))
			.as("X-Forwarded-For from an untrusted peer is dropped")
			.isFalse();
	}

	@Test
	void aTokenWithoutClientIdActsAsItsSubject() {
		JWTClaimsSet claims = TestIssuer.claims("pledges:read").claim("client_id", null).build();
		this.client.get()
			.uri("/api/v1/pledges")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(claims))
			.exchange()
			.expectStatus()
			.isOk();
		LoggedRequest request = backends.of(PlatformService.PLEDGE)
			.findAll(anyRequestedFor(urlEqualTo("/api/v1/pledges")))
			.get(0);
		assertThat(request.getHeader("x-dorset-client")).isEqualTo("alice@school.example");
	}

	@Test
	void anUnknownApiPathIsA404Problem() {
		this.client.get()
			.uri("/api/v1/nothing-here/1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("attendance:read"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void anUnknownApiPathStillNeedsAToken() {
		this.client.get().uri("/api/v1/nothing-here/1").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void refusesABodyOverTheCapWith413() {
		this.client.post()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("schools:write"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"" + "x".repeat(2000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			// the unread body is still on the connection: it is not kept for reuse
			.expectHeader()
			.valueEquals(HttpHeaders.CONNECTION, "close");
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void aServiceThatAnswersTooLateIsA504Problem() {
		backends.of(PlatformService.TRANSPORT)
			.stubFor(get(urlEqualTo("/api/v1/transport/slow"))
				.willReturn(aResponse().withStatus(200).withFixedDelay(2500)));
		this.client.get()
			.uri("/api/v1/transport/slow")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("transport:read"))
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void corsIsClosed() {
		this.client.get()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("attendance:read"))
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.client.options()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void healthIsUpWhenEveryServiceIsReady() {
		this.client.get()
			.uri("/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"status":"UP","services":{"attendance":"UP","belonging":"UP","send":"UP","transport":"UP","pledge":"UP"}}
					""",
					true);
	}

	@Test
	void healthIsDownWhenOneServiceIsNotReady() {
		backends.of(PlatformService.SEND)
			.stubFor(get(urlEqualTo("/actuator/health/readiness"))
				.willReturn(aResponse().withStatus(503).withBody("{\"status\":\"OUT_OF_SERVICE\"}")));
		this.client.get()
			.uri("/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.json("""
					{"status":"DOWN","services":{"attendance":"UP","belonging":"UP","send":"DOWN","transport":"UP","pledge":"UP"}}
					""",
					true);
	}

	@Test
	void theGatewaysOwnHealthIsOpenAndItsMetricsAreNot() {
		this.client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		// No service answers gRPC here: the gateway is alive, but not ready until its
		// channels to the services it aggregates over have connected.
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OUT_OF_SERVICE");
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("attendance:read"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("metrics:read"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void pathsOutsideTheApiAreDenied() {
		this.client.get()
			.uri("/actuator/env")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("attendance:read metrics:read"))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private static Set<String> words(String header) {
		return Arrays.stream(header.split(" ")).collect(Collectors.toSet());
	}

}
