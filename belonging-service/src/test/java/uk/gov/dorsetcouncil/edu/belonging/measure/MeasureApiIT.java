package uk.gov.dorsetcouncil.edu.belonging.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import io.grpc.Server;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole belonging service answering the Belonging Plan's measures against a stand-in
 * attendance: the LA in full, the analyst suppressed, a school refused; a recorded value
 * with its evidence, once for a retried key, and refusals naming the field. Today is
 * Friday 20 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class MeasureApiIT {

	static final String SCHOOL = Exclusions.PLAIN;

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final Caller ANALYST = new Caller("analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("dashboards:read", "measures:read"));

	static final Caller HEAD = new Caller("head@" + SCHOOL, "mis-" + SCHOOL, Organisation.school(SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		ATTENDANCE.enrol(Upn.withCheckLetter("838200129001").value(), SCHOOL, "2022-09-05", null);
	}

	@DynamicPropertySource
	static void attendanceAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.attendance.address",
				() -> "static://localhost:" + ATTENDANCE_SERVER.getPort());
	}

	@TestConfiguration
	static class Today {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MongoDatabase database;

	CallerRequests api;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.database.getCollection("belonging_measure_values").deleteMany(new Document());
	}

	@Test
	void theLocalAuthorityReadsAllNineteenAndRecordsTheRest() {
		this.api.get(OFFICER, "/api/v1/belonging/measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measures.length()")
			.isEqualTo(19)
			.jsonPath("$.suppressed")
			.isEqualTo(false)
			.jsonPath("$.measures[0].basis")
			.isEqualTo("COMPUTED")
			.jsonPath("$.measures[5].basis")
			.isEqualTo("RECORDED")
			.jsonPath("$.measures[13].figures[1].value")
			.isEqualTo(0.0);

		String body = """
				{"value":"81% feel they belong","period":"Autumn 2026",
				 "evidence":"Pupil voice survey, autumn 2026, 4,112 responses","asOf":"2026-11-13"}""";
		post(OFFICER, "6", body, "survey-1").expectStatus().isCreated();
		post(OFFICER, "6", body, "survey-1").expectHeader().valueEquals("Idempotent-Replayed", "true");
		assertThat(this.database.getCollection("belonging_measure_values").countDocuments()).isEqualTo(1);

		this.api.get(ANALYST, "/api/v1/belonging/measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.measures[5].recorded.value")
			.isEqualTo("81% feel they belong")
			.jsonPath("$.measures[5].recorded.recordedBy")
			.isEqualTo("officer");
		this.api.get(HEAD, "/api/v1/belonging/measures").exchange().expectStatus().isForbidden();
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		post(OFFICER, "20", "{\"value\":\"v\",\"period\":\"p\",\"evidence\":\"e\"}", null).expectStatus()
			.isEqualTo(400)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("number");
		post(OFFICER, "6", "{\"value\":\"v\",\"period\":\"p\"}", null).expectStatus()
			.isEqualTo(400)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("evidence");
		post(OFFICER, "6", "{\"value\":\"v\",\"period\":\"p\",\"evidence\":\"e\",\"score\":3}", null).expectStatus()
			.isEqualTo(400)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("score");
		post(ANALYST, "6", "{\"value\":\"v\",\"period\":\"p\",\"evidence\":\"e\"}", null).expectStatus().isForbidden();
		assertThat(this.database.getCollection("belonging_measure_values").countDocuments()).isZero();
	}

	private RestTestClient.ResponseSpec post(Caller caller, String number, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api
			.post(caller, "/api/v1/belonging/measures/{number}/values", number)
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

}
