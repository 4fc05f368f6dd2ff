package uk.gov.dorsetcouncil.edu.belonging.timetable;

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
 * The whole belonging service recording part-time timetables against a stand-in
 * attendance roll and register over a real gRPC channel: REST, idempotency, the alerts
 * from the register's C2 marks, the change feed, attendance down. Today is Friday 20
 * November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class TimetableApiIT {

	static final String SCHOOL = Exclusions.PLAIN;

	static final String OTHER_SCHOOL = Exclusions.WITH_INSET;

	static final String PUPIL = Upn.withCheckLetter("838200127001").value();

	static final String ELSEWHERE = Upn.withCheckLetter("838200127003").value();

	static final Caller HEAD = new Caller("head@" + SCHOOL, "mis-" + SCHOOL, Organisation.school(SCHOOL),
			Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write", "attendance:read"));

	static final Caller OTHER_HEAD = new Caller("head@" + OTHER_SCHOOL, "mis-" + OTHER_SCHOOL,
			Organisation.school(OTHER_SCHOOL), Set.of("SCHOOL_DSL"), Set.of("belonging:read", "belonging:write"));

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write", "attendance:read"));

	static final Caller CHESIL_OFFICER = new Caller("locality-officer", "dashboard",
			new Organisation(Organisation.Type.LOCALITY, "CHESIL"), Set.of("LOCALITY_INCLUSION_OFFICER"),
			Set.of("belonging:read", "attendance:read"));

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		ATTENDANCE.enrol(PUPIL, SCHOOL, "2022-09-05", null);
		ATTENDANCE.enrol(ELSEWHERE, OTHER_SCHOOL, "2022-09-05", null);
		ATTENDANCE.locality("CHESIL", SCHOOL);
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

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("part_time_timetables").deleteMany(new Document());
		ATTENDANCE.clearMarks();
		ATTENDANCE.down(false);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	static String timetable(String upn, String urn, String start, String extra) {
		return """
				{"upn":"%s","schoolUrn":"%s","startDate":"%s","hoursPerWeek":15,"reason":"REINTEGRATION_AFTER_ABSENCE",
				 "parentAgreedOn":"2026-10-30","reintegrationPlan":"Mornings, then a full day more each fortnight.",
				 "reviewDates":["2026-11-30"]%s}""".formatted(upn, urn, start, extra);
	}

	@Test
	void aSchoolRecordsATimetableAndTheAlertsComeFromTheRegister() {
		ATTENDANCE.mark(PUPIL, SCHOOL, "2026-10-12", "C2");
		post(HEAD, timetable(PUPIL, SCHOOL, "2026-11-02", ""), null).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/belonging/part-time-timetables/" + PUPIL + "-T1")
			.expectBody()
			.jsonPath("$.hoursPerWeek")
			.isEqualTo(15.0)
			.jsonPath("$.c2Sessions")
			.isEqualTo(0)
			.jsonPath("$.alerts[*].alert")
			.isEqualTo(java.util.List.of("NO_END_DATE", "NO_C2_MARKS"));

		for (Caller reader : new Caller[] { HEAD, OFFICER, CHESIL_OFFICER }) {
			this.api.get(reader, "/api/v1/belonging/pupils/{upn}/part-time-timetables", PUPIL)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.timetables[0].id")
				.isEqualTo(PUPIL + "-T1")
				.jsonPath("$.c2WithoutTimetable[0].sessions")
				.isEqualTo(1)
				.jsonPath("$.c2WithoutTimetable[0].schoolUrn")
				.isEqualTo(SCHOOL);
		}
		this.api.get(OTHER_HEAD, "/api/v1/belonging/part-time-timetables/{id}", PUPIL + "-T1")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(OFFICER, "/api/v1/belonging/part-time-timetables/alerts?alert=NO_C2_MARKS")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].upn")
			.isEqualTo(PUPIL)
			.jsonPath("$.total")
			.isEqualTo(1);

		// the register marks C2 in the timetable, and its end is set: no alert is left
		ATTENDANCE.mark(PUPIL, SCHOOL, "2026-11-03", "C2");
		this.api.put(HEAD, "/api/v1/belonging/part-time-timetables/{id}/end", PUPIL + "-T1")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"endDate\":\"2026-12-04\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.alerts")
			.isEmpty()
			.jsonPath("$.c2Sessions")
			.isEqualTo(1);
		this.api.put(OFFICER, "/api/v1/belonging/part-time-timetables/{id}/reviews", PUPIL + "-T1")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"reviewedOn\":\"2026-11-16\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reviewsDone[0]")
			.isEqualTo("2026-11-16");
		this.api.get(OFFICER, "/api/v1/belonging/part-time-timetables/statistics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.pupilsOn")
			.isEqualTo(1)
			.jsonPath("$.overSixWeeks")
			.isEqualTo(0);

		ListChangesResponse changes = this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(PUPIL + "-T1"))
			.extracting(e -> e.getEntityType() + " " + e.getType())
			.containsExactly("part_time_timetable CREATED", "part_time_timetable UPDATED",
					"part_time_timetable UPDATED");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyIsAnsweredOnceAndStoredOnce() {
		String body = timetable(PUPIL, SCHOOL, "2026-11-02", ",\"endDate\":\"2026-12-11\"");
		post(HEAD, body, "mis-timetable-1").expectStatus().isCreated();
		post(HEAD, body, "mis-timetable-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true");
		post(HEAD, body, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startDate");

		assertThat(this.database.getCollection("part_time_timetables")
			.find()
			.first()
			.getList("timetables", Document.class)).hasSize(1);
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		refused(HEAD, timetable(PUPIL, SCHOOL, "2026-11-02", ",\"endDate\":\"2026-11-01\""), 400, "endDate");
		refused(HEAD, timetable(PUPIL, SCHOOL, "2026-11-02", "").replace("15", "40"), 400, "hoursPerWeek");
		refused(HEAD, timetable(ELSEWHERE, SCHOOL, "2026-11-02", ""), 422, "upn");
		refused(HEAD, timetable(Upn.withCheckLetter("838200127999").value(), SCHOOL, "2026-11-02", ""), 422, "upn");
		refused(HEAD, timetable(PUPIL, SCHOOL, "2026-11-02", ",\"hours\":3"), 400, "hours");
		post(HEAD, timetable(ELSEWHERE, OTHER_SCHOOL, "2026-11-02", ""), null).expectStatus().isForbidden();

		assertThat(this.database.getCollection("part_time_timetables").countDocuments()).isZero();
	}

	@Test
	void whenAttendanceCannotBeAskedNothingIsRecorded() {
		ATTENDANCE.down(true);

		post(HEAD, timetable(PUPIL, SCHOOL, "2026-11-02", ""), null).expectStatus().isEqualTo(503);
		assertThat(this.database.getCollection("part_time_timetables").countDocuments()).isZero();
	}

	private RestTestClient.ResponseSpec post(Caller caller, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, "/api/v1/belonging/part-time-timetables")
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	private void refused(Caller caller, String body, int status, String field) {
		post(caller, body, null).expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
