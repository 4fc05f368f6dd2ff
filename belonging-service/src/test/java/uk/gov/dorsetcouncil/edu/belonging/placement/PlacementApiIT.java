package uk.gov.dorsetcouncil.edu.belonging.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import io.grpc.Server;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole belonging service keeping alternative provision and managed moves against a
 * stand-in attendance roll and calendar over a real gRPC channel: a permanent exclusion
 * recorded through the API raises its sixth-day alert until the LA places the pupil;
 * idempotency; refusals naming the field; a managed move confirmed against the new roll;
 * the change feed. Today is Friday 20 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class PlacementApiIT {

	static final String SCHOOL = Exclusions.PLAIN;

	static final String OTHER_SCHOOL = Exclusions.WITH_INSET;

	static final String PUPIL = Upn.withCheckLetter("838200128001").value();

	static final String MOVER = Upn.withCheckLetter("838200128002").value();

	static final Caller HEAD = new Caller("head@" + SCHOOL, "mis-" + SCHOOL, Organisation.school(SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	static final Caller OTHER_HEAD = new Caller("head@" + OTHER_SCHOOL, "mis-" + OTHER_SCHOOL,
			Organisation.school(OTHER_SCHOOL), Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		ATTENDANCE.enrol(PUPIL, SCHOOL, "2022-09-05", null);
		ATTENDANCE.enrol(MOVER, SCHOOL, "2022-09-05", "2026-11-13");
		ATTENDANCE.enrol(MOVER, OTHER_SCHOOL, "2026-11-16", null);
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

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	MongoExclusionStore exclusionStore;

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("ap_placements").deleteMany(new Document());
		this.database.getCollection("pupil_exclusions").deleteMany(new Document());
		this.exclusionStore.reload();
		ATTENDANCE.down(false);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	static String placement(String extra) {
		return """
				{"upn":"%s","commissionedBy":"LOCAL_AUTHORITY","reason":"PERMANENT_EXCLUSION",
				 "exclusionId":"%s-1","providerName":"Dorset Learning Centre (Dorchester)",
				 "setting":"PUPIL_REFERRAL_UNIT","startDate":"2026-11-09","sessionsPerWeek":10,
				 "awayFromHomeLocality":false%s}""".formatted(PUPIL, PUPIL, extra);
	}

	@Test
	void aPermanentlyExcludedPupilIsAlertedUntilPlacedFromTheSixthDay() {
		this.api.post(HEAD, "/api/v1/belonging/exclusions").contentType(MediaType.APPLICATION_JSON).body("""
				{"upn":"%s","schoolUrn":"%s","type":"PERMANENT_EXCLUSION","startDate":"2026-11-02",
				 "reasons":["PA"],"decidedBy":"Ms A. Head","lookedAfter":false,"socialWorker":false,
				 "missesPublicExam":false}""".formatted(PUPIL, SCHOOL)).exchange().expectStatus().isCreated();
		this.api.get(OFFICER, "/api/v1/belonging/ap-placements/alerts?alert=NO_PROVISION_FROM_DAY_SIX")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].upn")
			.isEqualTo(PUPIL)
			.jsonPath("$.items[0].since")
			.isEqualTo("2026-11-09")
			.jsonPath("$.items[0].recordId")
			.isEqualTo(PUPIL + "-1");

		post("/api/v1/belonging/ap-placements", OFFICER, placement(""), "la-ap-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/belonging/ap-placements/" + PUPIL + "-AP1")
			.expectBody()
			.jsonPath("$.daysInProvision")
			.isEqualTo(12);
		post("/api/v1/belonging/ap-placements", OFFICER, placement(""), "la-ap-1").expectHeader()
			.valueEquals("Idempotent-Replayed", "true");
		post("/api/v1/belonging/ap-placements", OFFICER, placement(""), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startDate");

		this.api.get(OFFICER, "/api/v1/belonging/ap-placements/alerts")
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		for (Caller reader : new Caller[] { HEAD, OFFICER }) {
			this.api.get(reader, "/api/v1/belonging/pupils/{upn}/ap-placements", PUPIL)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.placements[0].providerName")
				.isEqualTo("Dorset Learning Centre (Dorchester)");
		}
		this.api.get(OTHER_HEAD, "/api/v1/belonging/ap-placements/{id}", PUPIL + "-AP1")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.put(OFFICER, "/api/v1/belonging/ap-placements/{id}/outcome", PUPIL + "-AP1")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"endDate\":\"2026-11-20\",\"outcome\":\"REINTEGRATED\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("REINTEGRATED");
		this.api.get(OFFICER, "/api/v1/belonging/ap-placements/statistics")
			.exchange()
			.expectBody()
			.jsonPath("$.pupilsInProvision")
			.isEqualTo(1)
			.jsonPath("$.reintegrated")
			.isEqualTo(1)
			.jsonPath("$.medianDaysEnded")
			.isEqualTo(12);

		ListChangesResponse changes = this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(500).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(PUPIL + "-AP1"))
			.extracting(e -> e.getEntityType() + " " + e.getType())
			.containsExactly("ap_placement CREATED", "ap_placement UPDATED");
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		refused(OFFICER, placement("").replace("\"sessionsPerWeek\":10", "\"sessionsPerWeek\":12"), 400,
				"sessionsPerWeek");
		refused(OFFICER, placement(",\"trialWeeks\":6"), 400, "trialWeeks");
		refused(OFFICER, placement(""), 422, "exclusionId");
		refused(OFFICER, placement("").replace("PERMANENT_EXCLUSION", "BEHAVIOUR"), 400, "reason");
		post("/api/v1/belonging/ap-placements", HEAD, placement(""), null).expectStatus().isForbidden();
		assertThat(this.database.getCollection("ap_placements").countDocuments()).isZero();
	}

	@Test
	void aManagedMoveIsAFreshStartConfirmedOnTheNewRoll() {
		String move = """
				{"upn":"%s","fromSchoolUrn":"%s","toSchoolUrn":"%s","parentAgreedOn":"2026-11-05",
				 "newSchoolAgreedOn":"2026-11-06","startDate":"2026-11-16"%s}""";
		post("/api/v1/belonging/managed-moves", HEAD, move.formatted(MOVER, SCHOOL, OTHER_SCHOOL, ",\"trialWeeks\":6"),
				null)
			.expectStatus()
			.isEqualTo(400)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("trialWeeks");
		post("/api/v1/belonging/managed-moves", HEAD, move.formatted(MOVER, SCHOOL, OTHER_SCHOOL, ""), "mm-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/belonging/managed-moves/" + MOVER + "-MM1");
		this.api.put(OTHER_HEAD, "/api/v1/belonging/managed-moves/{id}/outcome", MOVER + "-MM1")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"outcome\":\"ON_ROLL\",\"on\":\"2026-11-16\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("ON_ROLL");
		this.api.get(OTHER_HEAD, "/api/v1/belonging/managed-moves/{id}", MOVER + "-MM1")
			.exchange()
			.expectStatus()
			.isOk();
	}

	private RestTestClient.ResponseSpec post(String path, Caller caller, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, path).contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	private void refused(Caller caller, String body, int status, String field) {
		post("/api/v1/belonging/ap-placements", caller, body, null).expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
