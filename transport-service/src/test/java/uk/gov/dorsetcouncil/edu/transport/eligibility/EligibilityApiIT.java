package uk.gov.dorsetcouncil.edu.transport.eligibility;

import java.util.Comparator;
import java.util.List;
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
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesResponse;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.Destination;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteMeasurement;
import uk.gov.dorsetcouncil.edu.transport.distance.TravelMode;
import uk.gov.dorsetcouncil.edu.transport.eligibility.client.FakeSend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility through the REST API on a real server with the embedded store and the
 * embedded router over the local run's network, send-service stood in over gRPC.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.send.deadline=5000ms", "dorset.downstream.send.minimum-calls=1000" })
class EligibilityApiIT {

	/** Aged 6 on the date assessed, in Year 2: the 2-mile limit. */
	static final String SIX = "2020-06-01";

	static final String ASSESSED = "2026-12-07";

	static final String CHILD = Upn.withCheckLetter("838200127001").value();

	static final String OTHER_CHILD = Upn.withCheckLetter("838200127002").value();

	/** Assessed once only, so that its change in the feed is its own. */
	static final String FAR_CHILD = Upn.withCheckLetter("838200127003").value();

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

	static final Caller ANALYST = new Caller("analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("dashboards:read", "measures:read"));

	static final Caller POLICE = new Caller("encompass", null, new Organisation(Organisation.Type.POLICE, "dorset"),
			Set.of(), Set.of("transport:read"));

	static final FakeSend SEND = new FakeSend();

	static final Server SEND_SERVER = SEND.start();

	static {
		StandIns.stopAtExit(SEND_SERVER::shutdownNow);
	}

	@DynamicPropertySource
	static void sendAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.send.address", () -> "static://localhost:" + SEND_SERVER.getPort());
	}

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	SchoolSites sites;

	@Autowired
	RouteDistances distances;

	@Autowired
	TravelNetwork network;

	CallerRequests api;

	CallerStubs grpc;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("pupil_eligibility").deleteMany(new Document());
		SEND.down(false);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void aChildBeyondTwoMilesOfTheNearestSchoolIsEligibleAndTheDecisionExplainsItself() {
		Home far = home(nearest -> nearest.miles() > 2.2);
		String id = FAR_CHILD + "-1";
		post(OFFICER, body(FAR_CHILD, SIX, far, null), null).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("ELIGIBLE")
			.jsonPath("$.rule")
			.isEqualTo("STATUTORY_WALKING_DISTANCE")
			.jsonPath("$.validUntil")
			.isEqualTo("2027-08-31")
			.jsonPath("$.explanation.age")
			.isEqualTo(6)
			.jsonPath("$.explanation.ageOn")
			.isEqualTo(ASSESSED)
			.jsonPath("$.explanation.yearGroup")
			.isEqualTo(2)
			.jsonPath("$.explanation.schoolsCompared[0].urn")
			.isEqualTo(far.schoolUrn())
			.jsonPath("$.explanation.schoolsCompared[0].order")
			.isEqualTo(1)
			.jsonPath("$.explanation.schoolsCompared[1].order")
			.isEqualTo(2)
			.jsonPath("$.explanation.findings[0].rule")
			.isEqualTo("STATUTORY_WALKING_DISTANCE")
			.jsonPath("$.explanation.findings[0].met")
			.isEqualTo(true)
			.jsonPath("$.explanation.measurements[0].provider")
			.isEqualTo("embedded-network")
			.jsonPath("$.explanation.measurements[0].mode")
			.isEqualTo("WALKING")
			.jsonPath("$.explanation.measurements[0].accessPoint")
			.isNotEmpty()
			.jsonPath("$.explanation.evidence[?(@.kind == 'EHC_PLAN')].detail")
			.isEqualTo(List.of("no EHC plan"))
			.jsonPath("$.id")
			.isEqualTo(id);

		// the school the child travels to reads it, as does the local authority; another
		// school cannot tell it exists; the police and the Board analyst are refused
		this.api.get(OFFICER, "/api/v1/transport/eligibility/assessments/{id}", id).exchange().expectStatus().isOk();
		this.api.get(school(far.schoolUrn()), "/api/v1/transport/eligibility/assessments/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.explanation.schoolsCompared[0].walkingMiles")
			.isNumber();
		this.api.get(school("990999"), "/api/v1/transport/eligibility/assessments/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(POLICE, "/api/v1/transport/eligibility/assessments/{id}", id)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.api.get(ANALYST, "/api/v1/transport/eligibility/pupils/{upn}", FAR_CHILD)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.api.get(school(far.schoolUrn()), "/api/v1/transport/eligibility/pupils/{upn}", FAR_CHILD)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.decisions.length()")
			.isEqualTo(1);

		ListChangesResponse changes = this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(id))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().get("rule"))
			.containsExactly("transport_decision STATUTORY_WALKING_DISTANCE");
	}

	@Test
	void aChildNearTheNearestSchoolIsNotEligibleUnlessTheyCannotWalkIt() {
		Home near = home(nearest -> nearest.miles() < 0.5);
		post(OFFICER, body(CHILD, SIX, near, null), null).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("NOT_ELIGIBLE")
			.jsonPath("$.rule")
			.doesNotExist();

		SEND.plan(OTHER_CHILD, "FINAL", near.schoolUrn());
		post(OFFICER,
				body(OTHER_CHILD, SIX, near,
						",\"mobilityNeed\":\"SEN\",\"mobilityEvidence\":\"EP report, Dr A. Smith, 2026-10-01\""),
				null)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("ELIGIBLE")
			.jsonPath("$.rule")
			.isEqualTo("SEN_DISABILITY_MOBILITY")
			.jsonPath("$.explanation.evidence[?(@.kind == 'SEN')].detail")
			.isEqualTo(List.of("EP report, Dr A. Smith, 2026-10-01"))
			.jsonPath("$.explanation.evidence[?(@.kind == 'EHC_PLAN')].detail")
			.isEqualTo(List.of("FINAL plan naming school " + near.schoolUrn()));
	}

	@Test
	void whenSendCannotBeAskedTheEvidenceSaysSo() {
		SEND.down(true);
		Home near = home(nearest -> nearest.miles() < 0.5);
		post(OFFICER, body(CHILD, SIX, near, null), null).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("NOT_ELIGIBLE")
			.jsonPath("$.explanation.evidence[?(@.kind == 'EHC_PLAN')].detail")
			.isEqualTo(List.of("unavailable: send-service answered UNAVAILABLE"));
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyIsAnsweredOnceAndStoredOnce() {
		Home near = home(nearest -> nearest.miles() < 0.5);
		String body = body(CHILD, SIX, near, null);
		post(OFFICER, body, "assess-1").expectStatus().isCreated();
		post(OFFICER, body, "assess-1").expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(CHILD + "-1");
		assertThat(this.database.getCollection("pupil_eligibility").find().first().getList("decisions", Document.class))
			.hasSize(1);
	}

	@Test
	void refusalsNameTheFieldAndStoreNothing() {
		Home near = home(nearest -> nearest.miles() < 0.5);
		Home outside = new Home(new GeoPoint(51.5, -0.12), near.schoolUrn(), 0);
		refused(OFFICER, body(CHILD, SIX, outside, null), 400, "latitude");
		refused(OFFICER, body(CHILD, "2027-01-01", near, null), 400, "dateOfBirth");
		refused(OFFICER, body(CHILD, "2009-01-01", near, null), 400, "dateOfBirth");
		refused(OFFICER, body(CHILD, "2026-13-01", near, null), 400, "dateOfBirth");
		refused(OFFICER, body(CHILD, SIX, new Home(near.point(), "999999", 0), null), 422, "schoolUrn");
		refused(OFFICER, body(CHILD, SIX, near, ",\"lowIncome\":\"FREE_SCHOOL_MEALS\""), 400, "lowIncomeEvidence");
		refused(OFFICER, body(CHILD, SIX, near, ",\"religionOrBelief\":\"JEDI\""), 400, "religionOrBelief");
		refused(OFFICER, body("A12", SIX, near, null), 400, "upn");
		refused(OFFICER, body(CHILD, SIX, near, null).replace("\"latitude\"", "\"lattitude\""), 400, "lattitude");
		post(school(near.schoolUrn()), body(CHILD, SIX, near, null), null).expectStatus().isForbidden();
		assertThat(this.database.getCollection("pupil_eligibility").countDocuments()).isZero();
	}

	/**
	 * A home at a road junction and the nearest suitable school for a child in Year 2.
	 */
	record Home(GeoPoint point, String schoolUrn, double metres) {

		double miles() {
			return DistanceLimit.miles(this.metres);
		}

	}

	/** The first road junction of the network whose nearest suitable school fits. */
	private Home home(java.util.function.Predicate<Home> wanted) {
		List<SchoolSite> suitable = this.sites.all()
			.stream()
			.filter(s -> s.mainstream() && s.placeAvailable() && s.teaches(2))
			.toList();
		List<Destination> gates = suitable.stream()
			.flatMap(s -> s.entrances().stream().map(e -> new Destination(e.id(), e.point())))
			.toList();
		for (TravelNetwork.Node node : this.network.nodes()) {
			if (node.row() % 4 != 0 || node.column() % 4 != 0) {
				continue;
			}
			GeoPoint point = new GeoPoint(node.latitude(), node.longitude());
			RouteMeasurement walking = this.distances.from(point, TravelMode.WALKING, gates);
			List<Home> byDistance = suitable.stream()
				.map(s -> new Home(point, s.urn(),
						s.entrances()
							.stream()
							.mapToDouble(e -> walking.to(e.id()).map(r -> r.metres()).orElse(Double.MAX_VALUE))
							.min()
							.orElseThrow()))
				.sorted(Comparator.comparingDouble(Home::metres))
				.toList();
			// a clear nearest: no other school within 100 m of it
			Home nearest = byDistance.get(0);
			if (byDistance.get(1).metres() - nearest.metres() > 100 && wanted.test(nearest)) {
				return nearest;
			}
		}
		throw new IllegalStateException("no such home on the network");
	}

	static Caller school(String urn) {
		return new Caller("office@" + urn, null, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("transport:read", "transport:write"));
	}

	static String body(String upn, String dateOfBirth, Home home, String more) {
		return """
				{"upn":"%s","dateOfBirth":"%s","assessedOn":"%s","latitude":%s,"longitude":%s,"schoolUrn":"%s"%s}"""
			.formatted(upn, dateOfBirth, ASSESSED, home.point().latitude(), home.point().longitude(), home.schoolUrn(),
					(more != null) ? more : "");
	}

	private RestTestClient.ResponseSpec post(Caller caller, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(caller, "/api/v1/transport/eligibility/assessments")
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
