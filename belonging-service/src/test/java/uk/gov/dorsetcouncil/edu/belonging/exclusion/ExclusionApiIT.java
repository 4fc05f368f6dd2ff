package uk.gov.dorsetcouncil.edu.belonging.exclusion;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole belonging service (REST, gRPC, in-memory MongoDB, the change feed) asking a
 * stand-in attendance service for the school's calendar and roll over a real gRPC
 * channel, configured as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class ExclusionApiIT {

	static final String SCHOOL = Exclusions.PLAIN;

	static final String OTHER_SCHOOL = Exclusions.WITH_INSET;

	static final String PUPIL = Upn.withCheckLetter("838200126001").value();

	static final String MOVED = Upn.withCheckLetter("838200126002").value();

	static final String ELSEWHERE = Upn.withCheckLetter("838200126003").value();

	static final Caller HEAD = school(SCHOOL);

	static final Caller OTHER_HEAD = school(OTHER_SCHOOL);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write", "attendance:read"));

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		ATTENDANCE.enrol(PUPIL, SCHOOL, "2022-09-05", null);
		ATTENDANCE.enrol(MOVED, SCHOOL, "2022-09-05", "2027-01-29");
		ATTENDANCE.enrol(MOVED, OTHER_SCHOOL, "2027-02-01", null);
		ATTENDANCE.enrol(ELSEWHERE, OTHER_SCHOOL, "2022-09-05", null);
		ATTENDANCE.locality("CHESIL", SCHOOL);
	}

	@DynamicPropertySource
	static void attendanceAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.attendance.address",
				() -> "static://localhost:" + ATTENDANCE_SERVER.getPort());
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

	static final Caller CHESIL_OFFICER = new Caller("locality-officer", "dashboard",
			new Organisation(Organisation.Type.LOCALITY, "CHESIL"), Set.of("LOCALITY_INCLUSION_OFFICER"),
			Set.of("belonging:read", "attendance:read"));

	static Caller school(String urn) {
		return new Caller("head@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write", "attendance:read"));
	}

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("pupil_exclusions").deleteMany(new Document());
		this.exclusionStore.reload();
		ATTENDANCE.down(false);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	static String suspension(String upn, String urn, String start, String length) {
		return """
				{"upn":"%s","schoolUrn":"%s","type":"SUSPENSION","startDate":"%s",%s,
				 "reasons":["DB","VA"],"decidedBy":"Ms A. Head","socialWorker":true}""".formatted(upn, urn, start,
				length);
	}

	@Test
	void aSchoolRecordsASuspensionAndTheSchoolAndTheLocalAuthorityReadItWithItsSteps() {
		post(HEAD, suspension(PUPIL, SCHOOL, "2026-09-16", "\"schoolDays\":6"), null).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/belonging/exclusions/" + PUPIL + "-1")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(PUPIL + "-1")
			.jsonPath("$.schoolDays")
			.isEqualTo("6")
			.jsonPath("$.sessions")
			.isEqualTo(12)
			.jsonPath("$.reasons[1].code")
			.isEqualTo("VA")
			.jsonPath("$.steps[*].kind")
			.isEqualTo(java.util.List.of("PARENT_NOTICE", "GOVERNING_BOARD_NOTICE", "LOCAL_AUTHORITY_NOTICE",
					"SOCIAL_WORKER_NOTICE", "SIXTH_DAY_PROVISION"))
			.jsonPath("$.steps[4].dueDate")
			.isEqualTo("2026-09-23")
			.jsonPath("$.steps[4].actor")
			.isEqualTo("SCHOOL");

		for (Caller reader : new Caller[] { HEAD, OFFICER }) {
			this.api.get(reader, "/api/v1/belonging/exclusions/{id}", PUPIL + "-1")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.decidedBy")
				.isEqualTo("Ms A. Head");
			this.api.get(reader, "/api/v1/belonging/pupils/{upn}/exclusions", PUPIL)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.exclusions.length()")
				.isEqualTo(1);
		}
		this.api.get(OTHER_HEAD, "/api/v1/belonging/exclusions/{id}", PUPIL + "-1")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(OTHER_HEAD, "/api/v1/belonging/pupils/{upn}/exclusions", PUPIL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.exclusions")
			.isEmpty();
		// The child profile's belonging record carries it too.
		this.api.get(OFFICER, "/api/v1/belonging/pupils/{upn}", PUPIL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suspensions[0].sessions")
			.isEqualTo(12)
			.jsonPath("$.suspensions[0].reason")
			.isEqualTo("DB")
			.jsonPath("$.suspensions[0].schoolUrn")
			.isEqualTo(SCHOOL);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyIsAnsweredOnceAndStoredOnce() {
		String body = suspension(PUPIL, SCHOOL, "2026-09-16", "\"sessions\":3");
		post(HEAD, body, "mis-exclusion-1").expectStatus().isCreated();
		post(HEAD, body, "mis-exclusion-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(PUPIL + "-1");
		// Without the key the same exclusion again is a conflict, and nothing is added.
		post(HEAD, body, null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("startDate");

		assertThat(this.database.getCollection("pupil_exclusions").find().first().getList("exclusions", Document.class))
			.hasSize(1);
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		// a Saturday
		refused(HEAD, suspension(PUPIL, SCHOOL, "2026-09-19", "\"sessions\":2"), 422, "startDate");
		// a pupil on another school's roll
		refused(HEAD, suspension(ELSEWHERE, SCHOOL, "2026-09-16", "\"sessions\":2"), 422, "upn");
		// an unknown reason code
		refused(HEAD, suspension(PUPIL, SCHOOL, "2026-09-16", "\"sessions\":2").replace("\"VA\"", "\"XX\""), 400,
				"reasons[1]");
		// a number sent as text, and a field the API does not have
		refused(HEAD, suspension(PUPIL, SCHOOL, "2026-09-16", "\"sessions\":\"2\""), 400, "sessions");
		refused(HEAD, suspension(PUPIL, SCHOOL, "2026-09-16", "\"sessions\":2,\"days\":2"), 400, "days");
		// another school's pupil, recorded in its name
		post(HEAD, suspension(ELSEWHERE, OTHER_SCHOOL, "2026-09-16", "\"sessions\":2"), null).expectStatus()
			.isForbidden();

		assertThat(this.database.getCollection("pupil_exclusions").countDocuments()).isZero();
	}

	@Test
	void theFortyFiveDayLimitCountsThePreviousSchoolsSuspensions() {
		post(HEAD, suspension(MOVED, SCHOOL, "2026-09-14", "\"schoolDays\":20"), null).expectStatus().isCreated();
		post(HEAD, suspension(MOVED, SCHOOL, "2027-01-11", "\"schoolDays\":20"), null).expectStatus().isCreated();
		post(OTHER_HEAD, suspension(MOVED, OTHER_SCHOOL, "2027-02-02", "\"schoolDays\":5"), null).expectStatus()
			.isCreated();

		refused(OTHER_HEAD, suspension(MOVED, OTHER_SCHOOL, "2027-03-01", "\"lunchtimes\":1"), 422, "lunchtimes");
	}

	@Test
	void stepsAreDoneAndTheDeadlinesAndTheChangeFeedTellOfThem() {
		String permanent = """
				{"upn":"%s","schoolUrn":"%s","type":"PERMANENT_EXCLUSION","startDate":"2026-09-14",
				 "reasons":["PA"],"decidedBy":"Ms A. Head","lookedAfter":true}""".formatted(PUPIL, SCHOOL);
		post(HEAD, permanent, null).expectStatus().isCreated();
		this.api.put(HEAD, "/api/v1/belonging/exclusions/{id}/steps/{step}", PUPIL + "-1", "PARENT_NOTICE")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"doneOn\":\"2026-09-14\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.steps[0].doneDate")
			.isEqualTo("2026-09-14")
			.jsonPath("$.steps[0].breach")
			.isEqualTo(false);
		this.api.put(HEAD, "/api/v1/belonging/exclusions/{id}/steps/{step}", PUPIL + "-1", "GOVERNING_BOARD_MEETING")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"doneOn\":\"2026-09-30\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("outcome");

		DeadlinesDue due = this.grpc.as(OFFICER, BelongingServiceGrpc::newBlockingStub)
			.listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
				.setFromDate("2026-09-21")
				.setToDate("2026-09-27")
				.setIncludeOverdue(true)
				.build());
		assertThat(due.getDeadlinesList()).extracting(d -> d.getKind() + " " + d.getDueDate())
			.containsExactly("GOVERNING_BOARD_NOTICE 2026-09-14", "LOCAL_AUTHORITY_NOTICE 2026-09-14",
					"VIRTUAL_SCHOOL_HEAD_NOTICE 2026-09-14", "SIXTH_DAY_PROVISION 2026-09-21");
		assertThat(due.getDeadlinesList()).allSatisfy(d -> {
			assertThat(d.getUpn()).isEqualTo(PUPIL);
			assertThat(d.getSchoolUrn()).isEqualTo(SCHOOL);
		});

		this.api.get(HEAD, "/api/v1/belonging/steps?from=2026-09-21&to=2026-09-27&overdue=false")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].kind")
			.isEqualTo("SIXTH_DAY_PROVISION")
			.jsonPath("$.items[0].actor")
			.isEqualTo("LOCAL_AUTHORITY")
			.jsonPath("$.total")
			.isEqualTo(1);

		// The locality officer sees the steps of the locality's schools, asked of
		// attendance.
		this.api.get(CHESIL_OFFICER, "/api/v1/belonging/steps?from=2026-09-21&to=2026-09-27&overdue=false")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].upn")
			.isEqualTo(PUPIL)
			.jsonPath("$.total")
			.isEqualTo(1);
		this.api.get(HEAD, "/api/v1/belonging/steps?from=")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");

		ListChangesResponse changes = this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(PUPIL + "-1"))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().getOrDefault("step", "recorded"))
			.containsExactly("exclusion recorded", "exclusion PARENT_NOTICE");
	}

	@Test
	void whenAttendanceCannotBeAskedNothingIsRecorded() {
		ATTENDANCE.down(true);

		post(HEAD, suspension(PUPIL, SCHOOL, "2026-09-16", "\"sessions\":2"), null).expectStatus().isEqualTo(503);
		assertThat(this.database.getCollection("pupil_exclusions").countDocuments()).isZero();
	}

	private RestTestClient.ResponseSpec post(Caller caller, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, "/api/v1/belonging/exclusions")
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
