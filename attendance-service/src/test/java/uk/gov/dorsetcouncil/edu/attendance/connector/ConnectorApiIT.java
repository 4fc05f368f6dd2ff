package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The connector's REST API on a running service, configured through properties for one
 * school whose feed WireMock plays, with the token in a property named by reference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0", "dorset.connector.scheduled=false",
				"dorset.connector.schools.400001.credential-ref=MIS_TOKEN_400001", "MIS_TOKEN_400001=secret-400001" })
@Import(FixedClock.class)
class ConnectorApiIT {

	private static final WireMockServer MIS = new WireMockServer(options().dynamicPort());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Caller OFFICER = new Caller("officer@dorsetcouncil.gov.uk", "dashboard",
			Organisation.localAuthority("838"), Set.of(), Set.of("attendance:read", "schools:write"));

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void misFeed(DynamicPropertyRegistry registry) {
		MIS.start();
		registry.add("dorset.connector.schools.400001.base-url", () -> MIS.baseUrl() + "/v1");
	}

	static {
		StandIns.stopAtExit(MIS::stop);
	}

	@Test
	void anOfficerRunsASchoolsFeedAndSeesWhenItsDataArrived() throws Exception {
		new Api(this.port).put("/schools/400001", OFFICER,
				"{\"laestab\":\"8384001\",\"name\":\"Gillingham School\",\"phase\":\"SECONDARY\",\"locality\":\"NORTH\"}");
		MIS.stubFor(get(urlPathEqualTo("/v1/schools/400001/students"))
			.withHeader("Authorization", equalTo("Bearer secret-400001"))
			.willReturn(okJson("{\"data\":[{\"upn\":\"" + upn(701)
					+ "\",\"family_name\":\"Oak\",\"given_name\":\"Gabriel\","
					+ "\"date_of_birth\":\"2012-02-02\",\"year_group\":9,\"sex\":\"M\",\"admission_date\":\"2023-09-04\"}],"
					+ "\"meta\":{\"pagination\":{\"next_cursor\":null}}}")));
		MIS.stubFor(get(urlPathEqualTo("/v1/schools/400001/attendance/sessions"))
			.willReturn(okJson("{\"data\":[{\"date\":\"2026-11-20\",\"session\":\"AM\",\"marks\":[{\"upn\":\""
					+ upn(701) + "\",\"code\":\"L\"}]}],\"meta\":{\"pagination\":{\"next_cursor\":null}}}")));

		HttpResponse<String> refused = post("/connector/schools/400001/sync",
				new Caller("lead", "mis", Organisation.school("400001"), Set.of(), Set.of("schools:write")));
		assertThat(refused.statusCode()).isEqualTo(403);

		HttpResponse<String> run = post("/connector/schools/400001/sync", OFFICER);
		assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
		JsonNode report = JSON.readTree(run.body());
		assertThat(report.path("outcome").asString()).isEqualTo("SUCCEEDED");
		assertThat(report.path("registersStored").asInt()).isEqualTo(1);
		assertThat(post("/connector/schools/400002/sync", OFFICER).statusCode()).isEqualTo(404);

		Api.Response status = new Api(this.port).get("/connector/status", OFFICER);
		assertThat(status.status()).isEqualTo(200);
		JsonNode school = status.body().path("schools").get(0);
		assertThat(school.path("urn").asString()).isEqualTo("400001");
		assertThat(school.path("lastOutcome").asString()).isEqualTo("SUCCEEDED");
		assertThat(school.path("lastDataArrivedAt").asString()).isEqualTo("2026-11-23T15:00:00Z");
		assertThat(school.path("stale").asBoolean()).isFalse();
		assertThat(status.body().path("staleAfter").asString()).isEqualTo("PT72H");
		Api.Response register = new Api(this.port).get("/schools/400001/registers/2026-11-20/AM", OFFICER);
		assertThat(register.body().path("marks").get(0).path("code").asString()).isEqualTo("L");
	}

	private HttpResponse<String> post(String path, Caller caller) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/attendance" + path))
			.POST(HttpRequest.BodyPublishers.noBody());
		CallerHeaders.toHeaders(caller).forEach(request::header);
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
