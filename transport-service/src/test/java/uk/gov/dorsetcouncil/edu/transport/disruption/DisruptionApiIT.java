package uk.gov.dorsetcouncil.edu.transport.disruption;

import java.time.LocalDate;
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

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.disruption.client.FakeAttendance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disruptions through the REST API on a real server with the embedded store,
 * attendance-service stood in over gRPC: resolved to pupils, schools and sessions, told
 * to attendance as the transport service, notices to schools and families, the change
 * feed; nothing kept when attendance cannot be told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=5000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class DisruptionApiIT {

	static final String ON_ROUTE = Upn.withCheckLetter("838200131001").value();

	static final String OTHER_SCHOOL = Upn.withCheckLetter("838200131002").value();

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	static final FakeAttendance ATTENDANCE = new FakeAttendance();

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
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
	TravelArrangementStore arrangements;

	CallerRequests api;

	CallerStubs grpc;

	@Autowired
	uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites sites;

	String first;

	String second;

	final LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("transport_disruptions").deleteMany(new Document());
		this.database.getCollection("pupil_travel").deleteMany(new Document());
		ATTENDANCE.told().clear();
		this.first = this.sites.all().get(0).urn();
		this.second = this.sites.all().get(1).urn();
		ATTENDANCE.down(false);
		this.arrangements.keep(new Upn(ON_ROUTE), new TravelArrangement(this.first,
				EligibilityBasis.STATUTORY_WALKING_DISTANCE, "R-207", this.monday.minusWeeks(4), null));
		this.arrangements.keep(new Upn(OTHER_SCHOOL), new TravelArrangement(this.second,
				EligibilityBasis.SEN_DISABILITY_MOBILITY, "R-300", this.monday.minusWeeks(4), null));
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void aCancelledRunReachesAttendanceTheSchoolAndTheFamily() {
		String body = """
				{"kind":"CANCELLED_RUN","description":"Driver unwell: the morning run of R-207 did not go",
				 "firstDay":"%s","sessions":["AM"],"routeIds":["R-207"]}""".formatted(this.monday);
		String id = "D-" + this.monday + "-1";
		post(body, "run-1").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.pupils")
			.isEqualTo(1)
			.jsonPath("$.affected[0].upn")
			.isEqualTo(ON_ROUTE)
			.jsonPath("$.affected.length()")
			.isEqualTo(1)
			.jsonPath("$.schoolsAffected[0]")
			.isEqualTo(this.first)
			.jsonPath("$.notices[0].audience")
			.isEqualTo("SCHOOL")
			.jsonPath("$.notices[1].audience")
			.isEqualTo("FAMILY")
			.jsonPath("$.notices[1].recipient")
			.isEqualTo(ON_ROUTE);
		assertThat(ATTENDANCE.told()).singleElement().satisfies(told -> {
			assertThat(told.getDisruptionId()).isEqualTo(id);
			assertThat(told.getSessionsList())
				.extracting(s -> s.getUpn() + " " + s.getSchoolUrn() + " " + s.getSession())
				.containsExactly(ON_ROUTE + " " + this.first + " AM");
		});
		// the school affected reads its part; another school cannot tell it exists
		this.api.get(school(this.first), "/api/v1/transport/disruptions/{id}", id).exchange().expectStatus().isOk();
		this.api.get(school(this.second), "/api/v1/transport/disruptions/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(OFFICER, "/api/v1/transport/disruptions?from={from}&to={to}", this.monday, this.monday.plusDays(4))
			.exchange()
			.expectBody()
			.jsonPath("$.disruptions.length()")
			.isEqualTo(1);
		assertThat(this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(1000).build())
			.getEntriesList()).filteredOn(e -> e.getKey().equals(id))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().get("sessions"))
			.containsExactly("transport_disruption 1");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyKeepsAndTellsOnce() {
		String body = """
				{"kind":"OPERATOR_FAILURE","description":"The operator of R-207 had no drivers",
				 "firstDay":"%s","routeIds":["R-207"]}""".formatted(this.monday.plusDays(1));
		for (int attempt = 0; attempt < 2; attempt++) {
			post(body, "retry-disruption").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo("D-" + this.monday.plusDays(1) + "-1");
		}
		assertThat(ATTENDANCE.told()).hasSize(1);
		assertThat(this.database.getCollection("transport_disruptions").countDocuments()).isEqualTo(1);
	}

	@Test
	void weatherAtTwoSchoolsStopsEveryPupilTravellingToThem() {
		post("""
				{"kind":"WEATHER","description":"Snow on the A352","firstDay":"%s","lastDay":"%s",
				 "schoolUrns":["%s","%s"]}""".formatted(this.monday.plusWeeks(1), this.monday.plusWeeks(1).plusDays(6),
				this.first, this.second), null)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.pupils")
			.isEqualTo(2)
			.jsonPath("$.affected.length()")
			.isEqualTo(20);
	}

	@Test
	void badDisruptionsAreProblemsNamingTheFieldAndNothingIsKept() {
		refused("""
				{"kind":"METEOR","description":"x","firstDay":"%s","routeIds":["R-1"]}""".formatted(this.monday), 400,
				"kind");
		refused("""
				{"kind":"WEATHER","description":"x","firstDay":"%s"}""".formatted(this.monday), 400, "routeIds");
		refused("""
				{"kind":"WEATHER","description":"x","firstDay":"%s","lastDay":"%s","routeIds":["R-1"]}"""
			.formatted(this.monday, this.monday.minusDays(1)), 400, "lastDay");
		refused("""
				{"kind":"WEATHER","description":"x","firstDay":"%s","sessions":["EVENING"],"routeIds":["R-1"]}"""
			.formatted(this.monday), 400, "sessions");
		refused("""
				{"kind":"WEATHER","description":"x","firstDay":"%s","schoolUrns":["999999"]}""".formatted(this.monday),
				422, "schoolUrns");
		// attendance down: nothing kept, the officer tries again
		ATTENDANCE.down(true);
		post("""
				{"kind":"ROAD_CLOSURE","description":"A35 closed","firstDay":"%s","routeIds":["R-207"]}"""
			.formatted(this.monday), null).expectStatus().isEqualTo(503);
		assertThat(this.database.getCollection("transport_disruptions").countDocuments()).isZero();
		this.api.post(school(this.first), "/api/v1/transport/disruptions")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	static Caller school(String urn) {
		return new Caller("office@" + urn, null, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("transport:read"));
	}

	private RestTestClient.ResponseSpec post(String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(OFFICER, "/api/v1/transport/disruptions")
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	private void refused(String body, int status, String field) {
		post(body, null).expectStatus().isEqualTo(status).expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
	}

}
