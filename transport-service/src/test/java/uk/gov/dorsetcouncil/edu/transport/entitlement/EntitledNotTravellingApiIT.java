package uk.gov.dorsetcouncil.edu.transport.entitlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import io.grpc.Server;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;
import uk.gov.dorsetcouncil.edu.transport.arrangement.EligibilityBasis;
import uk.gov.dorsetcouncil.edu.transport.arrangement.TravelArrangement;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.disruption.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityRule;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entitled but not travelling through the REST API on a real server with the embedded
 * store, attendance-service stood in over gRPC: four eligible pupils, one with no travel
 * arranged, one arranged with no route, one on a route and persistently absent, one on a
 * route attending well (not listed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=5000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class EntitledNotTravellingApiIT {

	static final String NOTHING_ARRANGED = Upn.withCheckLetter("838200134001").value();

	static final String NO_ROUTE = Upn.withCheckLetter("838200134002").value();

	static final String ABSENT = Upn.withCheckLetter("838200134003").value();

	static final String TRAVELLING = Upn.withCheckLetter("838200134004").value();

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

	@Autowired
	MongoDatabase database;

	@Autowired
	MongoDecisionStore decisions;

	@Autowired
	TravelArrangementStore arrangements;

	CallerRequests api;

	final LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.database.getCollection("pupil_eligibility").deleteMany(new Document());
		this.database.getCollection("pupil_travel").deleteMany(new Document());
		ATTENDANCE.down(false);
		for (String upn : List.of(NOTHING_ARRANGED, NO_ROUTE, ABSENT, TRAVELLING)) {
			eligible(upn);
		}
		travel(NO_ROUTE, null);
		travel(ABSENT, "R-12");
		travel(TRAVELLING, "R-12");
		ATTENDANCE.attendance(NO_ROUTE, 96.0);
		ATTENDANCE.attendance(ABSENT, 81.5);
		ATTENDANCE.attendance(TRAVELLING, 97.5);
	}

	@Test
	void theOfficerSeesEachEntitledPupilNotTravellingWithTheReasons() {
		this.api.get(OFFICER, "/api/v1/transport/entitled-not-travelling")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.date")
			.isEqualTo(this.today.toString())
			.jsonPath("$.pupils.length()")
			.isEqualTo(3)
			.jsonPath("$.pupils[?(@.upn == '%s')].reasons[*]".formatted(NOTHING_ARRANGED))
			.isEqualTo(List.of("NO_TRAVEL_ARRANGED"))
			.jsonPath("$.pupils[?(@.upn == '%s')].reasons[*]".formatted(NO_ROUTE))
			.isEqualTo(List.of("NO_ROUTE_ALLOCATED"))
			.jsonPath("$.pupils[?(@.upn == '%s')].reasons[*]".formatted(ABSENT))
			.isEqualTo(List.of("LOW_ATTENDANCE"))
			.jsonPath("$.pupils[?(@.upn == '%s')].attendance.attendancePercent".formatted(ABSENT))
			.isEqualTo(List.of(81.5))
			.jsonPath("$.pupils[?(@.upn == '%s')].routeId".formatted(ABSENT))
			.isEqualTo(List.of("R-12"));
	}

	@Test
	void attendanceDownIsMarkedUnknownNeverGuessed() {
		ATTENDANCE.down(true);
		this.api.get(OFFICER, "/api/v1/transport/entitled-not-travelling")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.pupils.length()")
			.isEqualTo(2)
			.jsonPath("$.pupils[?(@.upn == '%s')].attendance.known".formatted(NO_ROUTE))
			.isEqualTo(List.of(false));
	}

	@Test
	void onlyTheLocalAuthorityReadsItAndABadDateIsAProblemNamingIt() {
		this.api
			.get(new Caller("office@990001", null, Organisation.school("990001"), Set.of("SCHOOL_DSL"),
					Set.of("transport:read")), "/api/v1/transport/entitled-not-travelling")
			.exchange()
			.expectStatus()
			.isForbidden();
		for (String date : List.of("2026-13-01", "", "2031-01-01")) {
			this.api.get(OFFICER, "/api/v1/transport/entitled-not-travelling?date={date}", date)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("date");
		}
	}

	void eligible(String upn) {
		Decision decision = new Decision(upn + "-1", upn, "990001", this.today.minusDays(30), Outcome.ELIGIBLE,
				EligibilityRule.STATUTORY_WALKING_DISTANCE, null, this.today.plusDays(200),
				new Decision.Explanation(LocalDate.of(2016, 1, 1), this.today.minusDays(30), 10, 6,
						new GeoPoint(50.7, -2.4), List.of(), List.of(), List.of(), List.of(), null),
				"transport-officer", Instant.now());
		assertThat(this.decisions.save(PupilDecisions.none(new Upn(upn)).with(decision), List.of())).isTrue();
	}

	void travel(String upn, String route) {
		this.arrangements.keep(new Upn(upn), new TravelArrangement("990001",
				EligibilityBasis.STATUTORY_WALKING_DISTANCE, route, this.today.minusDays(20), null));
	}

}
