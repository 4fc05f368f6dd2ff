package uk.gov.dorsetcouncil.edu.belonging.register;

import java.util.List;

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

import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.belonging.register.client.AttendanceRollFeed;
import uk.gov.dorsetcouncil.edu.belonging.register.client.FakeRollFeed;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.GetPupilBelongingRequest;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registers through the whole service (REST, gRPC, in-memory MongoDB, both change
 * feeds): a stand-in attendance answers the roll and serves its roll changes over a real
 * gRPC channel, which the service consumes as itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000",
				"dorset.registers.roll-feed.every=1h" })
class RegisterApiIT {

	static final String SCHOOL = Registers.SCHOOL;

	static final String OTHER_SCHOOL = Registers.OTHER_SCHOOL;

	static final String PUPIL = Registers.PUPIL.value();

	static final String MISSING = Upn.withCheckLetter("838200127003").value();

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final FakeRollFeed FEED = new FakeRollFeed();

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start(FEED);

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		ATTENDANCE.enrol(PUPIL, SCHOOL, "2022-09-05", null);
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
	AttendanceRollFeed rollFeed;

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("pupil_registers").deleteMany(new Document());
		this.database.getCollection("neet_activity").deleteMany(new Document());
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	static String ehe(String upn, String notice, String opened) {
		return """
				{"kind":"ELECTIVE_HOME_EDUCATION","upn":"%s","schoolLeftUrn":"%s","openedOn":"%s",
				 "noticeDate":"%s","specialSchool":true,"ehcPlan":true}""".formatted(upn, SCHOOL, opened, notice);
	}

	@Test
	void anOfficerOpensAnEheEntryOnceWhateverTheRetriesAndTheSchoolLeftReadsIt() {
		String body = ehe(PUPIL, "2026-11-02", "2026-11-04");
		open(Registers.OFFICER, body, "ehe-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/belonging/registers/entries/" + PUPIL + "-R1")
			.expectBody()
			.jsonPath("$.consentNeeded")
			.isEqualTo(true)
			.jsonPath("$.steps[*].kind")
			.isEqualTo(List.of("FIRST_ENQUIRY", "LA_CONSENT"))
			.jsonPath("$.steps[1].dueDate")
			.isEqualTo("2026-11-12")
			.jsonPath("$.steps[1].actor")
			.isEqualTo("LOCAL_AUTHORITY");
		open(Registers.OFFICER, body, "ehe-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true");
		// Without the key: a second open entry of the register, refused naming kind.
		refused(Registers.OFFICER, body, 409, "kind");
		assertThat(entriesStored()).isEqualTo(1);

		this.api.get(Registers.school(SCHOOL), "/api/v1/belonging/registers/entries/{id}", PUPIL + "-R1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.noticeDate")
			.isEqualTo("2026-11-02");
		this.api.get(Registers.school(OTHER_SCHOOL), "/api/v1/belonging/registers/entries/{id}", PUPIL + "-R1")
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(Registers.CHESIL, "/api/v1/belonging/registers/entries?kind=ELECTIVE_HOME_EDUCATION")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1);

		// The child profile's belonging part carries the entry.
		assertThat(this.grpc.as(Registers.OFFICER, BelongingServiceGrpc::newBlockingStub)
			.getPupilBelonging(GetPupilBelongingRequest.newBuilder().setUpn(PUPIL).build())
			.getRegistersList()).singleElement().satisfies(summary -> {
				assertThat(summary.getKind()).isEqualTo("ELECTIVE_HOME_EDUCATION");
				assertThat(summary.getSchoolLeftUrn()).isEqualTo(SCHOOL);
				assertThat(summary.getOpenedOn()).isEqualTo("2026-11-04");
				assertThat(summary.getDaysWithoutPlace()).isEqualTo(-1);
				assertThat(summary.getClosedOn()).isEmpty();
			});

		// Enquiries, a step and the closure, each idempotent.
		for (int i = 0; i < 2; i++) {
			this.api.post(Registers.OFFICER, "/api/v1/belonging/registers/entries/{id}/enquiries", PUPIL + "-R1")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"date\":\"2026-11-05\",\"action\":\"letter to parent\"}")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.enquiries.length()")
				.isEqualTo(1)
				.jsonPath("$.steps[0].doneDate")
				.isEqualTo("2026-11-05");
			this.api.put(Registers.OFFICER, "/api/v1/belonging/registers/entries/{id}/steps/LA_CONSENT", PUPIL + "-R1")
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"doneOn\":\"2026-11-10\",\"outcome\":\"CONSENTED\"}")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.steps[1].breach")
				.isEqualTo(false);
		}
		this.api.put(Registers.OFFICER, "/api/v1/belonging/registers/entries/{id}/closure", PUPIL + "-R1")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"closedOn\":\"2026-10-01\",\"reason\":\"RETURNED_TO_SCHOOL\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("closedOn");
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndNothingIsStored() {
		// an invalid UPN (its check letter wrong)
		refused(Registers.OFFICER, ehe("B" + PUPIL.substring(1), "2026-11-02", "2026-11-04"), 400, "upn");
		// a UPN attendance holds on no roll
		refused(Registers.OFFICER, ehe(MISSING, "2026-11-02", "2026-11-04"), 422, "upn");
		// dates out of order: the notice after the entry opened
		refused(Registers.OFFICER, ehe(PUPIL, "2026-11-06", "2026-11-04"), 400, "noticeDate");
		// a malformed date, a field the API does not have, a number as text
		refused(Registers.OFFICER, ehe(PUPIL, "2026-11-02", "4 Nov 2026"), 400, "openedOn");
		refused(Registers.OFFICER, ehe(PUPIL, "2026-11-02", "2026-11-04").replace("\"ehcPlan\"", "\"ehcp\""), 400,
				"ehcp");
		refused(Registers.OFFICER, ehe(PUPIL, "2026-11-02", "2026-11-04").replace("true,", "\"true\","), 400,
				"specialSchool");
		// a school, and an LA officer without the registers' scope
		open(Registers.school(SCHOOL), ehe(PUPIL, "2026-11-02", "2026-11-04"), null).expectStatus().isForbidden();
		open(Registers.INCLUSION, ehe(PUPIL, "2026-11-02", "2026-11-04"), null).expectStatus().isForbidden();

		assertThat(entriesStored()).isZero();
	}

	@Test
	void aDeletionWithNoDestinationOpensCmeAndANewPupilReturnElsewhereClosesIt() {
		FEED.deleted(SCHOOL, MISSING, "2026-11-20", "CONTINUOUS_ABSENCE_NOT_LOCATED", null);
		FEED.deleted(OTHER_SCHOOL, PUPIL, "2026-11-20", "REGISTERED_AT_ANOTHER_SCHOOL", "Beaminster School");
		this.rollFeed.catchUp();

		this.api.get(Registers.OFFICER, "/api/v1/belonging/registers/entries?kind=CHILD_MISSING_EDUCATION")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.items[0].upn")
			.isEqualTo(MISSING)
			.jsonPath("$.items[0].source")
			.isEqualTo("DELETION_RETURN")
			.jsonPath("$.items[0].steps[0].dueDate")
			.isEqualTo("2026-11-30");
		this.api.get(Registers.school(SCHOOL), "/api/v1/belonging/pupils/{upn}/registers", MISSING)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.entries.length()")
			.isEqualTo(1);

		DeadlinesDue due = this.grpc.as(Registers.OFFICER, BelongingServiceGrpc::newBlockingStub)
			.listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
				.setFromDate("2026-11-23")
				.setToDate("2026-11-30")
				.setIncludeOverdue(true)
				.build());
		assertThat(due.getDeadlinesList()).extracting(d -> d.getKind() + " " + d.getUpn() + " " + d.getSchoolUrn())
			.containsExactly("FIRST_ENQUIRY " + MISSING + " " + SCHOOL);
		assertThat(this.grpc.as(Registers.school(SCHOOL), BelongingServiceGrpc::newBlockingStub)
			.listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
				.setFromDate("2026-11-23")
				.setToDate("2026-11-30")
				.setIncludeOverdue(true)
				.build())
			.getDeadlinesList()).isEmpty();

		FEED.joined(OTHER_SCHOOL, MISSING, "2026-12-01");
		this.rollFeed.catchUp();
		assertThat(this.rollFeed.catchUp()).isZero();

		this.api.get(Registers.OFFICER, "/api/v1/belonging/registers/entries?kind=CHILD_MISSING_EDUCATION&open=false")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].closureReason")
			.isEqualTo("ON_ROLL")
			.jsonPath("$.items[0].onRollOn")
			.isEqualTo("2026-12-01")
			.jsonPath("$.items[0].daysWithoutPlace")
			.isEqualTo(11);
		assertThat(FEED.readers).allSatisfy(reader -> assertThat(reader.clientId()).isEqualTo("belonging-service"));

		// Belonging's own feed tells of the entry.
		assertThat(this.grpc.as(Registers.OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(500).build())
			.getEntriesList()).filteredOn(e -> e.getKey().equals(MISSING + "-R1"))
			.extracting(e -> e.getEntityType() + " " + e.getType() + " " + e.getPayloadMap().get("event"))
			.containsExactly("register-entry CREATED OPENED", "register-entry UPDATED ON_ROLL");
	}

	@Test
	void theAnalystReadsCountsWithSmallNumbersSuppressed() {
		open(Registers.OFFICER, ehe(PUPIL, "2026-11-02", "2026-11-04"), null).expectStatus().isCreated();

		this.api.get(Registers.ANALYST, "/api/v1/belonging/registers/counts?since=2026-09-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.open[0].register")
			.isEqualTo("ELECTIVE_HOME_EDUCATION")
			.jsonPath("$.open[0].count")
			.isEqualTo("c")
			.jsonPath("$.open[4].count")
			.isEqualTo("c");
		this.api.get(Registers.OFFICER, "/api/v1/belonging/registers/counts?since=2026-09-01")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.open[0].count")
			.isEqualTo(1);
		this.api.get(Registers.ANALYST, "/api/v1/belonging/registers/entries").exchange().expectStatus().isForbidden();
		this.api.get(Registers.ANALYST, "/api/v1/belonging/registers/counts?since=")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("since");
	}

	@Test
	void neetOrNotKnownIsTheWintersAverageAndARecordAgainReplacesIt() {
		String[] activities = { "EET", "NEET", "NOT_KNOWN", "EET" };
		for (int i = 0; i < activities.length; i++) {
			String upn = Upn.withCheckLetter("83820012750" + i).value();
			for (int twice = 0; twice < 2; twice++) {
				this.api.put(Registers.OFFICER, "/api/v1/belonging/registers/neet/{upn}/2026-12", upn)
					.contentType(MediaType.APPLICATION_JSON)
					.body("{\"dateOfBirth\":\"2009-10-01\",\"activity\":\"" + activities[i] + "\"}")
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody()
					.jsonPath("$.academicAge")
					.isEqualTo(16);
			}
		}
		this.api.get(Registers.OFFICER, "/api/v1/belonging/registers/counts/neet?year=2027")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.months[0].cohort")
			.isEqualTo(4)
			.jsonPath("$.months[0].neet")
			.isEqualTo(1)
			.jsonPath("$.neetOrNotKnownPercent")
			.isEqualTo(50.0);
		this.api.get(Registers.ANALYST, "/api/v1/belonging/registers/counts/neet?year=2027")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.months[0].neet")
			.isEqualTo("c")
			.jsonPath("$.neetOrNotKnownPercent")
			.doesNotExist();
		this.api.put(Registers.OFFICER, "/api/v1/belonging/registers/neet/{upn}/2026-12", PUPIL)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"dateOfBirth\":\"2014-10-01\",\"activity\":\"NEET\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("dateOfBirth");
		this.api.put(Registers.ANALYST, "/api/v1/belonging/registers/neet/{upn}/2026-12", PUPIL)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"dateOfBirth\":\"2009-10-01\",\"activity\":\"NEET\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	private long entriesStored() {
		return this.database.getCollection("pupil_registers").countDocuments();
	}

	private RestTestClient.ResponseSpec open(Caller caller, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, "/api/v1/belonging/registers/entries")
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	private void refused(Caller caller, String body, int status, String field) {
		open(caller, body, null).expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
