package uk.gov.dorsetcouncil.edu.transport.application;

import java.time.Instant;
import java.time.LocalDate;
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
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.transport.v1.TransportServiceGrpc;
import uk.gov.dorsetcouncil.edu.transport.distance.GeoPoint;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Decision;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityRule;
import uk.gov.dorsetcouncil.edu.transport.eligibility.Outcome;
import uk.gov.dorsetcouncil.edu.transport.eligibility.PupilDecisions;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;
import uk.gov.dorsetcouncil.edu.transport.eligibility.client.FakeSend;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications, decisions, letters and the two-stage appeal through the REST API on a
 * real server with the embedded store, send-service stood in over gRPC; the appeal stages
 * in the deadlines gRPC and the change feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.send.deadline=5000ms", "dorset.downstream.send.minimum-calls=1000" })
class ApplicationApiIT {

	static final String NEAR = Upn.withCheckLetter("838200128001").value();

	static final String FAR = Upn.withCheckLetter("838200128002").value();

	static final String LEARNER = Upn.withCheckLetter("838200128003").value();

	static final String RETRIED = Upn.withCheckLetter("838200128004").value();

	static final String OVERRIDDEN = Upn.withCheckLetter("838200128005").value();

	static final Caller OFFICER = new Caller("transport-officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("TRANSPORT_OFFICER"), Set.of("transport:read", "transport:write"));

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
	MongoDecisionStore decisions;

	@Autowired
	SchoolSites sites;

	CallerRequests api;

	CallerStubs grpc;

	String urn;

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.database.getCollection("pupil_applications").deleteMany(new Document());
		this.database.getCollection("pupil_eligibility").deleteMany(new Document());
		this.database.getCollection("pupil_travel").deleteMany(new Document());
		this.urn = this.sites.all().stream().filter(s -> s.mainstream()).findFirst().orElseThrow().urn();
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void aRefusalIsAppealedInTwoStagesWithLettersDeadlinesAndChanges() {
		decided(NEAR, Outcome.NOT_ELIGIBLE);
		String id = NEAR + "-T1";
		// an appeal before a decision is a problem naming the field, nothing stored
		post("/api/v1/transport/applications", homeToSchool(NEAR, NEAR + "-1"), "apply-1").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("SUBMITTED")
			.jsonPath("$.letter")
			.doesNotExist();
		refused("/api/v1/transport/appeals", appeal(id, 1), 422, "applicationId");
		this.api.get(OFFICER, "/api/v1/transport/applications/{id}/letter", id).exchange().expectStatus().isNotFound();

		post("/api/v1/transport/applications/" + id + "/decision", """
				{"reasons":"The walking route to the nearest suitable school is 0.4 miles."}""", "decide-1")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REFUSED")
			.jsonPath("$.decision.basis")
			.isEqualTo("NOT_ELIGIBLE")
			.jsonPath("$.letter.heading")
			.isEqualTo("Free travel refused")
			.jsonPath("$.letter.respondBy")
			.isEqualTo(ApplicationRules.requestBy(LocalDate.now()).toString());

		this.api.get(OFFICER, "/api/v1/transport/applications/{id}/letter", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.reference")
			.isEqualTo(id)
			.jsonPath("$.heading")
			.isEqualTo("Free travel refused");
		// the family reads the letter; what the officer typed cannot become markup
		String page = this.api.get(OFFICER, "/api/v1/transport/applications/{id}/letter", id)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Free travel refused", "stage 1 review", NEAR, "0.4 miles");

		post("/api/v1/transport/appeals", appeal(id, 1), "appeal-1").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("STAGE_1_REVIEW")
			.jsonPath("$.appeals[0].dueOn")
			.isEqualTo(ApplicationRules.dueOn(1, LocalDate.now()).toString());
		// a second stage 1, or stage 2 before stage 1 is answered: the problem names
		// stage
		refused("/api/v1/transport/appeals", appeal(id, 1), 422, "stage");
		refused("/api/v1/transport/appeals", appeal(id, 2), 422, "stage");

		DeadlinesDue due = this.grpc.as(OFFICER, TransportServiceGrpc::newBlockingStub)
			.listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
				.setFromDate(LocalDate.now().toString())
				.setToDate(LocalDate.now().plusDays(60).toString())
				.build());
		assertThat(due.getDeadlinesList()).extracting(d -> d.getUpn() + " " + d.getKind() + " " + d.getDueDate())
			.containsExactly(NEAR + " TRANSPORT_APPEAL_STAGE_1_REVIEW " + ApplicationRules.dueOn(1, LocalDate.now()));

		post("/api/v1/transport/appeals/" + id + "-A1/outcome", """
				{"outcome":"CONFIRMED","reasons":"The route was walked again and is safe. <script>x</script>"}""",
				"answer-1")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REFUSED")
			.jsonPath("$.letter.heading")
			.isEqualTo("Stage 1 review: decision confirmed");
		page = this.api.get(OFFICER, "/api/v1/transport/applications/{id}/letter", id)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("stage 2 appeal", "&lt;script&gt;").doesNotContain("<script>");

		post("/api/v1/transport/appeals", appeal(id, 2), "appeal-2").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("STAGE_2_PANEL")
			.jsonPath("$.appeals[1].dueOn")
			.isEqualTo(ApplicationRules.dueOn(2, LocalDate.now()).toString());
		post("/api/v1/transport/appeals/" + id + "-A2/outcome", """
				{"outcome":"CHANGED","reasons":"The panel found the route unsuitable in winter."}""", "answer-2")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("AWARDED")
			.jsonPath("$.letter.outcome")
			.isEqualTo("AWARDED");
		refused("/api/v1/transport/appeals/" + id + "-A2/outcome", """
				{"outcome":"CONFIRMED","reasons":"again"}""", 422, "id");
		// the award on appeal is the pupil's travel arrangement, with no route yet
		this.api.get(OFFICER, "/api/v1/transport/pupils/{upn}/arrangements", NEAR)
			.exchange()
			.expectBody()
			.jsonPath("$.arrangements[0].eligibilityBasis")
			.isEqualTo("DISCRETIONARY")
			.jsonPath("$.arrangements[0].schoolUrn")
			.isEqualTo(this.urn);

		// the school reads it, another school cannot tell it exists
		this.api.get(school(this.urn), "/api/v1/transport/applications/{id}", id).exchange().expectStatus().isOk();
		this.api.get(school("990999"), "/api/v1/transport/applications/{id}", id)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.api.get(school(this.urn), "/api/v1/transport/applications/pupils/{upn}", NEAR)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.applications.length()")
			.isEqualTo(1);

		assertThat(this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(1000).build())
			.getEntriesList())
			.filteredOn(e -> e.getKey().equals(id))
			.extracting(e -> e.getEntityType() + " " + e.getType() + " " + e.getPayloadMap().get("step") + " "
					+ e.getPayloadMap().get("status"))
			.containsExactly("transport_application CREATED RECEIVED SUBMITTED",
					"transport_application UPDATED DECIDED REFUSED",
					"transport_application UPDATED APPEALED_STAGE_1 STAGE_1_REVIEW",
					"transport_application UPDATED ANSWERED_STAGE_1 REFUSED",
					"transport_application UPDATED APPEALED_STAGE_2 STAGE_2_PANEL",
					"transport_application UPDATED ANSWERED_STAGE_2 AWARDED");
	}

	@Test
	void retriesWithTheSameIdempotencyKeyRecordOnce() {
		decided(RETRIED, Outcome.NOT_ELIGIBLE);
		String id = RETRIED + "-T1";
		for (int attempt = 0; attempt < 2; attempt++) {
			post("/api/v1/transport/applications", homeToSchool(RETRIED, RETRIED + "-1"), "retry-apply").expectStatus()
				.isCreated()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(id);
			// decided once: without its key the second decision would be refused
			post("/api/v1/transport/applications/" + id + "/decision", """
					{"reasons":"Within the statutory walking distance."}""", "retry-decide").expectStatus().isOk();
			post("/api/v1/transport/appeals", appeal(id, 1), "retry-appeal").expectStatus().isCreated();
			post("/api/v1/transport/appeals/" + id + "-A1/outcome", """
					{"outcome":"CONFIRMED","reasons":"The route is safe."}""", "retry-answer").expectStatus().isOk();
		}
		this.api.get(OFFICER, "/api/v1/transport/applications/pupils/{upn}", RETRIED)
			.exchange()
			.expectBody()
			.jsonPath("$.applications.length()")
			.isEqualTo(1)
			.jsonPath("$.applications[0].appeals.length()")
			.isEqualTo(1)
			.jsonPath("$.applications[0].appeals[0].outcome")
			.isEqualTo("CONFIRMED");
		assertThat(this.grpc.as(OFFICER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(1000).build())
			.getEntriesList()).filteredOn(e -> e.getKey().equals(id)).hasSize(4);
	}

	@Test
	void anOfficerMayAwardWithAReasonButNotRefuseAnEligibleChild() {
		decided(FAR, Outcome.ELIGIBLE);
		decided(OVERRIDDEN, Outcome.NOT_ELIGIBLE);
		post("/api/v1/transport/applications", homeToSchool(FAR, FAR + "-1"), null).expectStatus().isCreated();
		refused("/api/v1/transport/applications/" + FAR + "-T1/decision", """
				{"outcome":"REFUSED","reasons":"budget"}""", 422, "outcome");
		post("/api/v1/transport/applications/" + FAR + "-T1/decision", """
				{"reasons":"Beyond statutory walking distance."}""", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.decision.basis")
			.isEqualTo("STATUTORY_WALKING_DISTANCE")
			.jsonPath("$.decision.validUntil")
			.isEqualTo(uk.gov.dorsetcouncil.edu.transport.eligibility.AcademicYear.endOf(LocalDate.now()).toString());

		post("/api/v1/transport/applications", homeToSchool(OVERRIDDEN, OVERRIDDEN + "-1"), null).expectStatus()
			.isCreated();
		refused("/api/v1/transport/applications/" + OVERRIDDEN + "-T1/decision", """
				{"outcome":"AWARDED","reasons":"exceptional"}""", 422, "overrideReason");
		post("/api/v1/transport/applications/" + OVERRIDDEN + "-T1/decision", """
				{"outcome":"AWARDED","reasons":"Travel awarded for this year.",
				 "overrideReason":"A parent's disability: the child cannot be accompanied on foot (policy 4.3)."}""",
				null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.decision.assessed")
			.isEqualTo("REFUSED")
			.jsonPath("$.decision.outcome")
			.isEqualTo("AWARDED")
			.jsonPath("$.decision.basis")
			.isEqualTo("DISCRETIONARY_AWARD")
			.jsonPath("$.letter.paragraphs[3]")
			.value(p -> assertThat((String) p).contains("parent's disability"));
		// decided once: a family appeals a decision
		refused("/api/v1/transport/applications/" + OVERRIDDEN + "-T1/decision", """
				{"reasons":"again"}""", 422, "id");
	}

	@Test
	void badApplicationsAreProblemsNamingTheFieldAndNothingIsStored() {
		decided(FAR, Outcome.PENDING);
		refused("/api/v1/transport/applications", homeToSchool(FAR, FAR + "-1"), 422, "eligibilityDecisionId");
		refused("/api/v1/transport/applications", homeToSchool(FAR, FAR + "-9"), 422, "eligibilityDecisionId");
		refused("/api/v1/transport/applications", """
				{"upn":"%s","schoolUrn":"%s","kind":"HOME_TO_SCHOOL"}""".formatted(FAR, this.urn), 400,
				"eligibilityDecisionId");
		refused("/api/v1/transport/applications", """
				{"upn":"%s","schoolUrn":"%s","kind":"BY_AIR","eligibilityDecisionId":"%s-1"}""".formatted(FAR, this.urn,
				FAR), 400, "kind");
		refused("/api/v1/transport/applications", """
				{"upn":"%s","schoolUrn":"999999","kind":"POST_16","dateOfBirth":"2009-01-01",
				 "evidence":[{"kind":"college offer","reference":"letter"}]}""".formatted(LEARNER), 422, "schoolUrn");
		refused("/api/v1/transport/applications", """
				{"upn":"%s","schoolUrn":"%s","kind":"POST_16","dateOfBirth":"2009-01-01"}""".formatted(LEARNER,
				this.urn), 400, "evidence");
		refused("/api/v1/transport/applications", """
				{"upn":"%s","schoolUrn":"%s","kind":"POST_16","dateOfBirth":"2016-01-01",
				 "evidence":[{"kind":"college offer","reference":"letter"}]}""".formatted(LEARNER, this.urn), 422,
				"dateOfBirth");
		// SEN beyond compulsory school age needs a final plan
		refused("/api/v1/transport/applications", sen(LEARNER), 422, "kind");
		this.api.get(OFFICER, "/api/v1/transport/applications/pupils/{upn}", LEARNER)
			.exchange()
			.expectBody()
			.jsonPath("$.applications.length()")
			.isEqualTo(0);
		SEND.plan(LEARNER, "FINAL", this.urn);
		post("/api/v1/transport/applications", sen(LEARNER), null).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("SEN");
		refused("/api/v1/transport/applications/" + LEARNER + "-T1/decision", """
				{"reasons":"policy"}""", 422, "outcome");
		// schools read, the local authority writes
		this.api.post(school(this.urn), "/api/v1/transport/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.body(sen(LEARNER))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	String sen(String upn) {
		return """
				{"upn":"%s","schoolUrn":"%s","kind":"SEN","dateOfBirth":"2008-03-01",
				 "evidence":[{"kind":"EHC plan","reference":"SEND team"}]}""".formatted(upn, this.urn);
	}

	String homeToSchool(String upn, String decisionId) {
		return """
				{"upn":"%s","schoolUrn":"%s","kind":"HOME_TO_SCHOOL","eligibilityDecisionId":"%s",
				 "evidence":[{"kind":"proof of address","reference":"council tax bill"}]}""".formatted(upn, this.urn,
				decisionId);
	}

	static String appeal(String id, int stage) {
		return """
				{"applicationId":"%s","stage":%d,"grounds":"The lane has no pavement."}""".formatted(id, stage);
	}

	void decided(String upn, Outcome outcome) {
		LocalDate today = LocalDate.now();
		Decision decision = new Decision(upn + "-1", upn, this.urn, today, outcome,
				(outcome == Outcome.ELIGIBLE) ? EligibilityRule.STATUTORY_WALKING_DISTANCE : null,
				(outcome == Outcome.PENDING)
						? uk.gov.dorsetcouncil.edu.transport.eligibility.PendingReason.DISTANCE_UNAVAILABLE : null,
				(outcome == Outcome.ELIGIBLE) ? uk.gov.dorsetcouncil.edu.transport.eligibility.AcademicYear.endOf(today)
						: null,
				new Decision.Explanation(LocalDate.of(2019, 1, 1), today, 7, 2, new GeoPoint(50.7, -2.4), List.of(),
						List.of(), List.of(), List.of(), null),
				"transport-officer", Instant.now());
		assertThat(this.decisions.save(PupilDecisions.none(new Upn(upn)).with(decision), List.of())).isTrue();
	}

	static Caller school(String urn) {
		return new Caller("office@" + urn, null, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("transport:read"));
	}

	private RestTestClient.ResponseSpec post(String uri, String body, String key) {
		RestTestClient.RequestBodySpec request = this.api.post(OFFICER, uri).contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.body(body).exchange();
	}

	private void refused(String uri, String body, int status, String field) {
		post(uri, body, null).expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
