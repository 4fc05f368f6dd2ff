package uk.gov.dorsetcouncil.edu.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp;
import uk.gov.dorsetcouncil.edu.platform.testing.RawHttp.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.Api.LA;

/**
 * Issue 13's reproducers against the attendance service itself (not only through the
 * gateway): each gets a problem answer naming what was wrong, and nothing is stored.
 * "Today" is Monday 23 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
@Import(FixedClock.class)
class HostileInputIT {

	private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(230001);

	private static final AtomicInteger NEXT_PUPIL = new AtomicInteger(0);

	private static final String PUPIL = "{\"familyName\":\"Hardy\",\"givenName\":\"Tess\",\"dateOfBirth\":\"2015-03-02\","
			+ "\"yearGroup\":6,\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"freeSchoolMeals\":false}";

	@LocalServerPort
	int port;

	private Api api;

	private String urn;

	private String pupil;

	@BeforeEach
	void aSchoolWithOnePupil() {
		this.api = new Api(this.port);
		this.urn = String.valueOf(NEXT_SCHOOL.incrementAndGet());
		this.api.registerSchool(this.urn, "Sturminster Newton", "NORTH");
		this.pupil = upn(NEXT_PUPIL.incrementAndGet());
		assertThat(this.api.put("/schools/" + this.urn + "/pupils/" + this.pupil, LA, PUPIL).status()).isEqualTo(200);
	}

	/** "Absurd values were accepted and stored": each field as the issue sent it. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					born at the start of time    | "dateOfBirth":"2015-03-02"  | "dateOfBirth":"-999999999-01-01"  | dateOfBirth
					born in year 0               | "dateOfBirth":"2015-03-02"  | "dateOfBirth":"0000-01-01"        | dateOfBirth
					born 30 years ago            | "dateOfBirth":"2015-03-02"  | "dateOfBirth":"1996-03-02"        | dateOfBirth
					admitted in year 10000       | "admissionDate":"2021-09-02" | "admissionDate":"+10000-01-01"   | admissionDate
					admitted in 2031             | "admissionDate":"2021-09-02" | "admissionDate":"2031-09-02"     | admissionDate
					admitted before birth        | "admissionDate":"2021-09-02" | "admissionDate":"2014-09-02"     | admissionDate
					a number for free meals      | "freeSchoolMeals":false     | "freeSchoolMeals":123             | freeSchoolMeals
					a string for free meals      | "freeSchoolMeals":false     | "freeSchoolMeals":"true"          | freeSchoolMeals
					a fraction for a year group  | "yearGroup":6               | "yearGroup":1.5                   | yearGroup
					a string for a year group    | "yearGroup":6               | "yearGroup":"6"                   | yearGroup
					a number for a name          | "familyName":"Hardy"        | "familyName":123                  | familyName
					NUL in a name                | "givenName":"Tess"          | "givenName":"Te\\u0000ss"         | givenName
					a control character          | "givenName":"Tess"          | "givenName":"Te\\u0007ss"         | givenName
					right-to-left override       | "givenName":"Tess"          | "givenName":"\\u202eTess"         | givenName
					zero-width characters only   | "givenName":"Tess"          | "givenName":"\\u200b\\u200c"      | givenName
					digits only                  | "givenName":"Tess"          | "givenName":"12345"               | givenName
					a lone surrogate             | "givenName":"Tess"          | "givenName":"Tess\\ud800"         | givenName
					a name too long              | "familyName":"Hardy"        | "familyName":"LONG"               | familyName
					an unknown field             | "sex":"F"                   | "sex":"F","status":"ACTIVE"       | status
					""")
	void anAbsurdPupilIsRefusedNamingTheFieldAndNothingIsStored(String description, String field, String hostile,
			String named) {
		String sent = hostile.replace("LONG", "H".repeat(101));
		String upn = upn(NEXT_PUPIL.incrementAndGet());
		Response refused = this.api.put("/schools/" + this.urn + "/pupils/" + upn, LA, PUPIL.replace(field, sent));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(refused.fields()).isEqualTo(named);
		assertThat(this.api.get("/schools/" + this.urn + "/pupils", LA).body().path("total").asInt()).isEqualTo(1);
	}

	/** A long reason is refused, not kept. */
	@Test
	void aHundredKilobyteStringIsRefused() {
		String upn = upn(NEXT_PUPIL.incrementAndGet());
		Response refused = this.api.put("/schools/" + this.urn + "/pupils/" + upn, LA,
				PUPIL.replace("\"familyName\":\"Hardy\"", "\"familyName\":\"" + "x".repeat(100_000) + "\""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.fields()).isEqualTo("familyName");
		assertThat(this.api.get("/schools/" + this.urn + "/pupils", LA).body().path("total").asInt()).isEqualTo(1);
	}

	/**
	 * "264 answers were 500": a body of a content type that is a pattern, or multipart
	 * without a boundary, is a 415 naming what the operation reads; no register is kept.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "*/*", "application/*", "multipart/form-data", "text/plain" })
	void aRegisterOfAnotherContentTypeIs415AndNotStored(String contentType) {
		String path = "/api/v1/attendance/schools/" + this.urn + "/registers/2026-11-16/AM";
		Answer answer = RawHttp.send(this.port, RawHttp.request("PUT", path, contentType,
				"{\"marks\":[{\"upn\":\"" + this.pupil + "\",\"code\":\"/\"}]}", callerHeaders()));
		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo("/problems/unsupported-media-type");
		assertThat(answer.json().path("detail").asString()).isNotBlank();
		assertThat(this.api.get("/schools/" + this.urn + "/registers/2026-11-16/AM", LA).status()).isEqualTo(404);
	}

	/** "264 answers were 500": queries and paths a caller sent, each a 400 naming it. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bad UTF-8 in a query value   | /api/v1/attendance/pupils/PUPIL/attendance?from=%ff%fe         | from
			malformed percent-encoding   | /api/v1/attendance/pupils/PUPIL/attendance?from=%zz            | from
			a date at java.time's end    | /api/v1/attendance/pupils/PUPIL/attendance?to=%2B999999999-12-31 | to
			a date before java.time's    | /api/v1/attendance/pupils/PUPIL/attendance?from=-999999999-01-01 | from
			a register at java.time's end | /api/v1/attendance/schools/URN/registers/+999999999-12-31/AM  | date
			the largest page number      | /api/v1/attendance/schools/URN/pupils?page=2147483647         | page
			a page that is not a number  | /api/v1/attendance/schools/URN/pupils?page=1e3                | page
			an unknown query parameter   | /api/v1/attendance/schools/URN/pupils?sise=5                  | sise
			""")
	void aQueryOrPathACallerSentIsA400NamingIt(String description, String target, String field) {
		Answer answer = RawHttp.send(this.port,
				RawHttp.get(target.replace("PUPIL", this.pupil).replace("URN", this.urn), callerHeaders()));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
		assertThat(answer.json().path("requestId").asString()).isNotBlank();
	}

	/**
	 * "Errors that are not problem details": what the server refuses before any handler
	 * is a problem too, of the status's type.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/v1/attendance/schools/%ZZ            | 400 | /problems/invalid-input
			GET    | /api/v1/attendance/schools/%00            | 400 | /problems/invalid-input
			GET    | /api/v1/attendance/../../../etc/passwd    | 404 | /problems/not-found
			GET    | /api/v1/attendance/nothing-here           | 404 | /problems/not-found
			DELETE | /api/v1/attendance/schools                | 405 | /problems/method-not-allowed
			""")
	void whatTheServerRefusesIsAProblem(String method, String target, int status, String type) {
		Answer answer = RawHttp.send(this.port, RawHttp.request(method, target, null, null, callerHeaders()));
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("type").asString()).isEqualTo(type);
		if (status == 405) {
			assertThat(answer.header("Allow")).contains("GET");
		}
	}

	/**
	 * A client that reuses its connection after an error answer is answered at once:
	 * Tomcat keeps the connection after a 401 or 415 and closes it after a 400, saying
	 * {@code Connection: close}, so no request is left waiting on it.
	 */
	@Test
	void aKeepAliveConnectionStaysUsableAfterRefusals() {
		String good = RawHttp.get("/api/v1/attendance/schools/" + this.urn, callerHeaders());
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			requests.add(RawHttp.get("/api/v1/attendance/schools/" + this.urn + "?sise=5", callerHeaders()));
			requests.add(RawHttp.request("PUT", "/api/v1/attendance/schools/" + this.urn + "/registers/2026-11-16/AM",
					"*/*", "{}", callerHeaders()));
			requests.add(RawHttp.get("/api/v1/attendance/schools/" + this.urn));
			requests.add(good);
		}
		List<Answer> answers = RawHttp.inSequence(this.port, requests, 5_000);
		assertThat(answers).extracting(Answer::status)
			.containsExactly(400, 415, 401, 200, 400, 415, 401, 200, 400, 415, 401, 200);
	}

	/** UPNs of another year than the other tests' (2017), so no pupil is shared. */
	private static String upn(int serial) {
		return Upn.withCheckLetter("838200117" + String.format("%03d", serial)).value();
	}

	private static String[] callerHeaders() {
		return CallerHeaders.toHeaders(LA)
			.entrySet()
			.stream()
			.map((header) -> header.getKey() + ": " + header.getValue())
			.toArray(String[]::new);
	}

}
