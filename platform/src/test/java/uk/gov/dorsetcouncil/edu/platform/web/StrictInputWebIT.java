package uk.gov.dorsetcouncil.edu.platform.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp.Answer;
import uk.gov.dorsetcouncil.edu.platform.web.sample.SampleApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's web plumbing on a real Tomcat, sent requests byte for byte: every
 * refusal is a problem answer of a listed type with the request id, and nothing a caller
 * sends is a 500.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0", "spring.application.name=sample" })
class StrictInputWebIT {

	private static final Caller LA = new Caller("officer", "dashboard", Organisation.localAuthority("838"), Set.of(),
			Set.of("things:write"));

	@LocalServerPort
	int port;

	private static String[] caller(String... more) {
		List<String> lines = CallerHeaders.toHeaders(LA)
			.entrySet()
			.stream()
			.map((header) -> header.getKey() + ": " + header.getValue())
			.collect(Collectors.toList());
		lines.addAll(List.of(more));
		return lines.toArray(String[]::new);
	}

	private Answer put(String json) {
		return RawHttp.send(this.port, RawHttp.request("PUT", "/api/v1/things/1", "application/json", json, caller()));
	}

	/** A refusal: the status, the problem type, and the fields named. */
	private static void refused(Answer answer, int status, String type, String fields) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		JsonNode body = answer.json();
		assertThat(body.path("type").asString()).isEqualTo(type);
		assertThat(ProblemType.ofUri(type)).isPresent();
		assertThat(body.path("status").asInt()).isEqualTo(status);
		assertThat(body.path("detail").asString()).isNotBlank();
		assertThat(body.path("requestId").asString()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
		StringBuilder named = new StringBuilder();
		body.path("errors")
			.forEach((error) -> named.append(named.isEmpty() ? "" : ",").append(error.path("field").asString()));
		assertThat(named.toString()).isEqualTo(fields);
	}

	@Test
	void aBodyOfTheRightTypesIsTakenAsSent() {
		Answer answer = put("{\"name\":\"Ada\",\"count\":3,\"flag\":true,\"rank\":1,\"tags\":[\"a\"]}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().path("count").asInt()).isEqualTo(3);
		assertThat(answer.header("X-Request-Id")).isNotBlank();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a number where text belongs    | {"name":5,"rank":1}                     | name
			a string where a number belongs| {"count":"5","rank":1}                  | count
			a number where a boolean belongs| {"flag":123,"rank":1}                  | flag
			a string where a boolean belongs| {"flag":"true","rank":1}               | flag
			a fraction where a whole number | {"count":1.5,"rank":1}                 | count
			a number out of range           | {"count":99999999999999999999,"rank":1}| count
			null for a required number      | {"rank":null}                          | rank
			an unknown field                | {"rank":1,"nmae":"Ada"}                | nmae
			an unknown field in a list item | {"rank":1,"tags":[{"x":1}]}            | tags[0]
			a field twice                   | {"rank":1,"rank":2}                    | body
			a token after the body          | {"rank":1} {"rank":2}                  | body
			not JSON                        | {"rank":                               | body
			a lone surrogate                | {"rank":1,"name":"\\ud800"}            | name
			a NUL                           | {"rank":1,"name":"a\\u0000"}           | name
			a right-to-left override        | {"rank":1,"tags":["evil\\u202egnp"]}   | tags[0]
			""")
	void aBodyIsReadAsWrittenOrRefusedNamingTheField(String description, String json, String field) {
		refused(put(json), 400, "/problems/invalid-input", field);
	}

	@Test
	void aStringLongerThanAnyFieldTakesIsRefused() {
		refused(put("{\"rank\":1,\"name\":\"" + "x".repeat(100_000) + "\"}"), 400, "/problems/invalid-input", "name");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			a wildcard                 | */*
			a wildcard subtype         | application/*
			multipart without boundary | multipart/form-data
			plain text                 | text/plain
			not a media type           | nonsense
			""")
	void aBodyOfATypeTheOperationDoesNotReadIs415NamingWhatItReads(String description, String contentType) {
		Answer answer = RawHttp.send(this.port,
				RawHttp.request("PUT", "/api/v1/things/1", contentType, "{\"rank\":1}", caller()));
		refused(answer, 415, "/problems/unsupported-media-type", "Content-Type");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bytes that are not UTF-8     | /api/v1/things?school=%ff%fe      | school
			a percent without hex digits | /api/v1/things?school=%ZZ         | school
			a lone percent               | /api/v1/things?school=50%         | school
			an encoded NUL               | /api/v1/things?school=a%00        | school
			an unknown parameter         | /api/v1/things?sort=name          | sort
			two unknown parameters       | /api/v1/things?limit=1&sise=2     | limit,sise
			a name with brackets         | /api/v1/things?a[b]=1             | a[b]
			a date at the end of time    | /api/v1/things?from=%2B999999999-12-31 | from
			a year before 1900           | /api/v1/things?from=1899-12-31    | from
			a number out of range        | /api/v1/things?size=99999999999   | size
			""")
	void aQueryIsReadStrictlyAndUnknownParametersAreNamed(String description, String target, String field) {
		refused(RawHttp.send(this.port, RawHttp.get(target, caller())), 400, "/problems/invalid-input", field);
	}

	@Test
	void parametersAreTakenFromWhatTheHandlerDeclares() {
		assertThat(RawHttp.send(this.port, RawHttp.get("/api/v1/things?school=1&size=2&from=2026-01-01&to=x", caller()))
			.status()).isEqualTo(200);
		assertThat(RawHttp.send(this.port, RawHttp.get("/api/v1/anything?whatever=1", caller())).status())
			.isEqualTo(200);
		assertThat(RawHttp.send(this.port, RawHttp.get("/api/v1/own?purpose=X", caller())).status()).isEqualTo(200);
		refused(RawHttp.send(this.port, RawHttp.get("/api/v1/own?agreement=X", caller())), 400,
				"/problems/invalid-input", "agreement");
	}

	@Test
	void anUnknownPathIs404AndAWrongMethod405WithAllow() {
		refused(RawHttp.send(this.port, RawHttp.get("/api/v1/thing", caller())), 404, "/problems/not-found", "");
		Answer wrongMethod = RawHttp.send(this.port,
				RawHttp.request("DELETE", "/api/v1/things/1", null, null, caller()));
		refused(wrongMethod, 405, "/problems/method-not-allowed", "");
		assertThat(wrongMethod.header("Allow")).contains("PUT");
	}

	@Test
	void aRequestWithoutCallerContextIsItsOwnType() {
		refused(RawHttp.send(this.port, RawHttp.get("/api/v1/things")), 401, "/problems/no-caller-context", "");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			an encoded slash   | /api/v1/things/a%2Fb
			an encoded NUL     | /api/v1/things/a%00b
			a bad escape       | /api/v1/things/%ZZ
			dot segments       | /api/v1/../../etc/passwd
			""")
	void whatTheServerRefusesItselfIsAProblemNotAPage(String description, String target) {
		Answer answer = RawHttp.send(this.port, RawHttp.get(target, caller()));
		assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(ProblemType.ofUri(answer.json().path("type").asString())).isPresent();
	}

	@Test
	void theCallersRequestIdIsKeptAndATraceIdIsTaken() {
		Answer own = RawHttp.send(this.port, RawHttp.get("/api/v1/thing", caller("X-Request-Id: abc-123")));
		assertThat(own.json().path("requestId").asString()).isEqualTo("abc-123");
		Answer traced = RawHttp.send(this.port, RawHttp.get("/api/v1/thing",
				caller("traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")));
		assertThat(traced.json().path("requestId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	/**
	 * Tomcat closes the connection after a 400 (and says so); a client that reuses it is
	 * never left waiting: every request is answered, on the same connection or, after
	 * {@code Connection: close}, on a new one.
	 */
	@Test
	void noRequestWaitsAfterARefusal() {
		List<Answer> answers = RawHttp.inSequence(this.port,
				List.of(RawHttp.request("PUT", "/api/v1/things/1", "application/json", "{\"rank\":\"x\"}", caller()),
						RawHttp.get("/api/v1/things?sise=1", caller()),
						RawHttp.get("/api/v1/things?school=%ff", caller()), RawHttp.get("/api/v1/things", caller())),
				5_000);
		assertThat(answers).extracting(Answer::status).containsExactly(400, 400, 400, 200);
	}

}
