package uk.gov.dorsetcouncil.edu.gateway;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp.Answer;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's edge sent requests byte for byte, as a hostile or careless partner would
 * (issue 13): every refusal, whoever makes it (the HTTP server, the firewall, security, a
 * handler), is a problem answer of a type whose page the gateway serves, with the request
 * id; nothing a caller sends is a 500; a connection is never left stalled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeProblemsIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	static {
		StandIns.stopAtExit(backends, issuer);
	}

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
	}

	@BeforeEach
	void everyServiceReady() {
		backends.awaitApiDocumentFetches();
		backends.reset();
	}

	private static String bearer(String scopes) {
		return "Authorization: Bearer " + issuer.token(scopes);
	}

	private static String admin() {
		return "Authorization: Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build());
	}

	/** A problem answer of a type the gateway has a page for, with the request id. */
	private Answer problem(Answer answer, int status, String type) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode body = answer.json();
		assertThat(body.path("type").asString()).isEqualTo(type);
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("detail").asString()).isNotBlank();
		assertThat(body.path("requestId").asString()).isNotBlank();
		assertThat(RawHttp.send(this.port, RawHttp.get(type)).status()).as("the page of " + type).isEqualTo(200);
		return answer;
	}

	private static String fields(Answer answer) {
		StringBuilder fields = new StringBuilder();
		answer.json()
			.path("errors")
			.forEach((error) -> fields.append(fields.isEmpty() ? "" : ",").append(error.path("field").asString()));
		return fields.toString();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			dot segments            | /api/v1/attendance/../../actuator/env
			an encoded NUL          | /api/v1/attendance/schools/%00
			a lone percent          | /api/v1/attendance/schools/%
			a bad escape            | /api/v1/attendance/schools/%ZZ
			an encoded slash        | /api/v1/attendance/schools%2F990027
			an encoded percent      | /api/v1/attendance/schools/%2500
			""")
	void aPathTheGatewayWillNotReadIsA400Problem(String description, String target) {
		problem(RawHttp.send(this.port, RawHttp.get(target, bearer("attendance:read"))), 400,
				"/problems/invalid-input");
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void aRequestLineOrHeadersTooLongAreProblems() {
		problem(RawHttp.send(this.port,
				RawHttp.get("/api/v1/attendance/schools?q=" + "x".repeat(20_000), bearer("attendance:read"))), 414,
				"/problems/uri-too-long");
		problem(RawHttp.send(this.port,
				RawHttp.get("/api/v1/attendance/schools", bearer("attendance:read"), "X-Big: " + "y".repeat(20_000))),
				431, "/problems/headers-too-large");
	}

	@ParameterizedTest(name = "Accept: {0}")
	@CsvSource({ "text/html", "application/xml", "image/png" })
	void anAcceptTheGatewayCannotAnswerIsA406Problem(String accept) {
		problem(RawHttp.send(this.port, RawHttp.get("/api/v1/agreements", admin(), "Accept: " + accept)), 406,
				"/problems/not-acceptable");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bytes that are not UTF-8, routed     | /api/v1/pledges/commitments?pledge=%ff%fe           | pledge
			a bad escape, routed                 | /api/v1/attendance/measures/trends?to=%ZZ           | to
			a bad escape, the gateway's own      | /api/v1/deadlines/this-week?date=%ZZ                 | date
			a date at the end of time            | /api/v1/deadlines/this-week?date=%2B999999999-12-31  | date
			a date before 1900                   | /api/v1/dashboards/local-authority?from=1066-10-14   | from
			an unknown parameter                 | /api/v1/deadlines/this-week?sort=due                 | sort
			unknown parameters on a list         | /api/v1/agreements?limit=5&sise=1                    | limit,sise
			a page number out of range           | /api/v1/agreements?page=99999999999                  | page
			an instant at the end of time        | /api/v1/audit/records?from=%2B1000000000-01-01T00:00:00Z | from
			""")
	void aQueryIsReadStrictlyAndNamesTheParameter(String description, String target, String field) {
		String token = target.startsWith("/api/v1/agreements") ? admin()
				: target.startsWith("/api/v1/audit")
						? "Authorization: Bearer " + issuer.sign(TestPersona.AUDITOR.claims().build())
						: bearer("pledges:read attendance:read deadlines:read dashboards:read");
		Answer answer = problem(RawHttp.send(this.port, RawHttp.get(target, token)), 400, "/problems/invalid-input");
		assertThat(fields(answer)).isEqualTo(field);
	}

	@Test
	void theProfileTakesItsPurposeAndAgreementAsParameters() {
		Answer answer = RawHttp.send(this.port,
				RawHttp.get("/api/v1/children/A123/profile?purpose=X&agreement=Y&reason=Z", bearer("profile:read")));
		problem(answer, 400, "/problems/invalid-input");
		assertThat(fields(answer)).isEqualTo("reason");
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/v1/children/A123/profil     | 404 | /problems/not-found        |
			POST   | /api/v1/children/A123/profile    | 405 | /problems/method-not-allowed | GET
			DELETE | /api/v1/agreements/DSA-X         | 405 | /problems/method-not-allowed | GET, PUT
			GET    | /api/v1/dashboards/nowhere       | 404 | /problems/not-found        |
			DELETE | /api/v1/belonging/pupils/A123    | 405 | /problems/method-not-allowed | GET, POST, PUT
			GET    | /api/v1/nothing-here             | 404 | /problems/not-found        |
			""")
	void aWrongPathIs404AndAWrongMethod405WithAllow(String method, String path, int status, String type, String allow) {
		Answer answer = problem(
				RawHttp
					.send(this.port,
							RawHttp.request(method, path, null, null,
									bearer("profile:read agreements:read dashboards:read belonging:read"))),
				status, type);
		if (allow != null) {
			assertThat(answer.header("Allow")).isEqualTo(allow);
		}
	}

	@Test
	void aMissingTokenIsItsOwnType() {
		Answer answer = problem(RawHttp.send(this.port, RawHttp.get("/api/v1/attendance/schools")), 401,
				"/problems/unauthenticated");
		assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an unknown field              | {"status":"SUSPENDED","reason":"why","mark":1} | mark
			a number where text belongs   | {"status":5,"reason":"why"}                    | status
			a field twice                 | {"status":"ACTIVE","status":"REVOKED"}         | body
			a lone surrogate              | {"status":"SUSPENDED","reason":"\\ud800"}      | reason
			""")
	void anAgreementBodyIsReadAsWritten(String description, String json, String field) {
		Answer answer = problem(
				RawHttp.send(this.port,
						RawHttp.request("PUT", "/api/v1/agreements/DSA-X/status", "application/json", json, admin())),
				400, "/problems/invalid-input");
		assertThat(fields(answer)).isEqualTo(field);
	}

	/**
	 * The gateway's own handlers read JSON only; a routed body that is not of one media
	 * type is refused at the edge, and one of a type the service does not read is refused
	 * by the service (its own tests).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			*/*                 | true
			application/*       | true
			multipart/form-data | true
			nonsense            | true
			text/plain          | false
			""")
	void aBodyOfATypeTheGatewayDoesNotReadIsA415Problem(String contentType, boolean refusedForServices) {
		problem(RawHttp.send(this.port, RawHttp.request("PUT", "/api/v1/agreements/DSA-X/status", contentType,
				"{\"status\":\"ACTIVE\"}", admin())), 415, "/problems/unsupported-media-type");
		if (refusedForServices) {
			problem(RawHttp.send(this.port, RawHttp.request("PUT", "/api/v1/attendance/schools/990027", contentType,
					"{}", bearer("schools:write"))), 415, "/problems/unsupported-media-type");
			assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
				.isEmpty();
		}
	}

	@Test
	void everyProblemTypeHasAPageAndTheListNamesThemAll() {
		Answer index = RawHttp.send(this.port, RawHttp.get("/problems"));
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.contentType()).startsWith("text/html");
		for (ProblemType type : ProblemType.values()) {
			assertThat(index.body()).contains("href=\"" + type.uri() + "\"");
			Answer page = RawHttp.send(this.port, RawHttp.get(type.uri()));
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains(type.title());
		}
		problem(RawHttp.send(this.port, RawHttp.get("/problems/no-such-type")), 404, "/problems/not-found");
	}

	@Test
	void theCallersRequestIdIsAnsweredAndPassedToTheService() {
		Answer answer = RawHttp.send(this.port,
				RawHttp.get("/api/v1/attendance/schools", bearer("attendance:read"), "X-Request-Id: partner-42"));
		assertThat(answer.header("X-Request-Id")).isEqualTo("partner-42");
		List<LoggedRequest> routed = backends.of(PlatformService.ATTENDANCE)
			.findAll(anyRequestedFor(urlPathMatching("/api/v1/attendance/schools")));
		assertThat(routed).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("X-Request-Id")).isEqualTo("partner-42"));
		Answer forged = RawHttp.send(this.port,
				RawHttp.get("/api/v1/nothing", bearer("attendance:read"), "X-Request-Id: a\tb"));
		assertThat(forged.json().path("requestId").asString()).matches("[0-9a-f]{32}");
	}

	/**
	 * Issue 13: requests on a reused keep-alive connection straight after a 400 or 401
	 * got no answer in 20 s. Every request is answered in time: on the same connection
	 * after a refusal that read the whole request, or on a new one after an answer that
	 * said {@code Connection: close} (a refusal that left a body unread).
	 */
	@Test
	void aConnectionIsNeverLeftStalledAfterARefusal() {
		String good = RawHttp.get("/api/v1/attendance/schools", bearer("attendance:read"));
		List<String> requests = List.of(RawHttp.get("/api/v1/attendance/schools"), good,
				RawHttp.get("/api/v1/attendance/schools?a=%ff", bearer("attendance:read")), good,
				RawHttp.get("/api/v1/deadlines/this-week?sort=x", bearer("deadlines:read")), good,
				RawHttp.request("PUT", "/api/v1/attendance/schools/990027", "application/json", "{\"a\":1}"), good,
				RawHttp.request("PUT", "/api/v1/agreements/DSA-X/status", "application/json", "{\"x\":1}", admin()),
				good);
		List<Answer> answers = RawHttp.inSequence(this.port, requests, 5_000);
		assertThat(answers).extracting(Answer::status)
			.containsExactly(401, 200, 400, 200, 400, 200, 401, 200, 400, 200);
		List<Answer> kept = RawHttp.onOneConnection(this.port, List.of(RawHttp.get("/api/v1/attendance/schools"), good,
				RawHttp.get("/api/v1/nothing", bearer("x")), good), 5_000);
		assertThat(kept).extracting(Answer::status).containsExactly(401, 200, 404, 200);
	}

}
