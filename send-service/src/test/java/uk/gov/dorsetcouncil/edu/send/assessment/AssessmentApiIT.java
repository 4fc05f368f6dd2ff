package uk.gov.dorsetcouncil.edu.send.assessment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import com.mongodb.client.MongoDatabase;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.dorsetcouncil.edu.send.assessment.store.MongoAssessmentStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.AdviceRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcAdviceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.ListOpenAdviceRequestsRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.OpenAdviceRequests;
import uk.gov.dorsetcouncil.edu.proto.send.v1.RecordAdviceAnswerRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.send.SendCalls;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService.Behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.ANALYST;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.CASEWORKER;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.OTHER_SENCO;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.SCHOOL;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.SENCO;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * EHC needs assessments through the whole send-service (REST, gRPC, in-memory MongoDB,
 * the change feed), with a stand-in attendance service checking the UPN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=100" })
class AssessmentApiIT {

	static final String CHILD = Upn.withCheckLetter("838200125001").value();

	static final Caller HEALTH_INTEGRATION = Caller.service("health-integration", Set.of("ehcp:read", "ehcp:write"));

	static final FakeAttendanceService ATTENDANCE = new FakeAttendanceService(Duration.ofMillis(4000));

	static final Server ATTENDANCE_SERVER = ATTENDANCE.serve();

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	MongoAssessmentStore assessmentStore;

	CallerRequests api;

	CallerStubs grpc;

	SendCalls calls;

	/** A request received six weeks and three days ago: its decision is overdue. */
	final LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(6).minusDays(3);

	@DynamicPropertySource
	static void attendanceAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.attendance.address",
				() -> "static://localhost:" + ATTENDANCE_SERVER.getPort());
	}

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.calls = new SendCalls(this.api);
		this.database.getCollection("ehc_assessments").deleteMany(new Document());
		this.assessmentStore.reload();
		ATTENDANCE.behave(Behaviour.ANSWER);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	String body(String upn, LocalDate on) {
		return """
				{"upn":"%s","requestedBy":"SCHOOL","receivedOn":"%s","schoolUrn":"991001","primaryNeed":"SLCN"}"""
			.formatted(upn, on);
	}

	@Test
	void aCaseworkerRecordsARequestAndARetryWithTheSameKeyIsStoredOnce() {
		this.calls.post(CASEWORKER, "/api/v1/send/assessments", body(CHILD, this.received), "request-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/send/assessments/" + CHILD + "-1")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.steps[0].kind")
			.isEqualTo("DECISION_TO_ASSESS")
			.jsonPath("$.steps[0].dueDate")
			.isEqualTo(this.received.plusWeeks(6).toString())
			.jsonPath("$.steps[0].breach")
			.isEqualTo(true);

		this.calls.post(CASEWORKER, "/api/v1/send/assessments", body(CHILD, this.received), "request-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true");
		this.calls.post(CASEWORKER, "/api/v1/send/assessments", body(CHILD, this.received), null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");

		Document held = this.database.getCollection("ehc_assessments").find().first();
		assertThat(held.getList("assessments", Document.class)).hasSize(1);
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndNothingIsStored() {
		refused("""
				{"upn":"%s","requestedBy":"PARENT","receivedOn":"2026-01-05","primaryNeed":"NSA"}""".formatted(CHILD),
				400, "primaryNeed");
		refused("""
				{"upn":"A83820012500Z","requestedBy":"PARENT","receivedOn":"2026-01-05"}""", 400, "upn");
		refused("""
				{"upn":"%s","requestedBy":"PARENT","receivedOn":"2026-02-30"}""".formatted(CHILD), 400, "receivedOn");
		refused("""
				{"upn":"%s","requestedBy":"PARENT","receivedOn":"2026-01-05","reaosn":"x"}""".formatted(CHILD), 400,
				"reaosn");
		ATTENDANCE.behave(Behaviour.NOT_FOUND);
		refused("""
				{"upn":"%s","requestedBy":"PARENT","receivedOn":"2026-01-05"}""".formatted(CHILD), 422, "upn");
		ATTENDANCE.behave(Behaviour.UNAVAILABLE);
		this.calls.post(CASEWORKER, "/api/v1/send/assessments", """
				{"upn":"%s","requestedBy":"PARENT","receivedOn":"2026-01-05"}""".formatted(CHILD), null)
			.expectStatus()
			.isEqualTo(503);

		assertThat(this.database.getCollection("ehc_assessments").countDocuments()).isZero();
	}

	@Test
	void stepsAdviceAndExceptionsAreRecordedAndTheChangeFeedTellsOfThem() {
		String id = created();
		LocalDate decided = this.received.plusDays(10);
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/steps/DECISION_TO_ASSESS", """
				{"doneOn":"%s","outcome":"ASSESS"}""".formatted(decided)).expectStatus().isOk();
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/steps/DECISION_TO_ISSUE", """
				{"doneOn":"%s","outcome":"ISSUE"}""".formatted(decided.minusDays(1)))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("doneOn");
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/advice-requests/HEALTH", """
				{"requestedOn":"%s"}""".formatted(decided))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.steps[?(@.kind == 'ADVICE_HEALTH')].dueDate")
			.isEqualTo(decided.plusWeeks(6).toString());
		this.calls
			.post(CASEWORKER, "/api/v1/send/assessments/" + id + "/exceptions",
					"""
							{"kind":"PERSONAL_CIRCUMSTANCES","from":"%s","to":"%s","evidence":"Letter from GP, ref 22"}"""
						.formatted(decided, decided.plusDays(9)),
					"exception-1")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.exceptions[0].days")
			.isEqualTo(10)
			.jsonPath("$.steps[?(@.kind == 'FINAL_PLAN')].dueDate")
			.isEqualTo(this.received.plusWeeks(20).plusDays(10).toString())
			.jsonPath("$.steps[?(@.kind == 'FINAL_PLAN')].exceptionsApplied[0]")
			.isEqualTo(1);
		this.calls
			.post(CASEWORKER, "/api/v1/send/assessments/" + id + "/exceptions",
					"""
							{"kind":"PERSONAL_CIRCUMSTANCES","from":"%s","to":"%s","evidence":"Letter"}"""
						.formatted(decided.plusDays(9), decided),
					null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");

		var changes = this.grpc.as(CASEWORKER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(id))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().getOrDefault("change", "recorded"))
			.containsExactly("ehc_assessment recorded", "ehc_assessment step DECISION_TO_ASSESS",
					"ehc_assessment advice requested HEALTH", "ehc_assessment exception PERSONAL_CIRCUMSTANCES");
	}

	@Test
	void theIntegrationListsOpenAdviceAndRecordsAnAnswerOverGrpc() {
		String id = created();
		LocalDate decided = this.received.plusDays(10);
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/steps/DECISION_TO_ASSESS", """
				{"doneOn":"%s","outcome":"ASSESS"}""".formatted(decided)).expectStatus().isOk();
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/advice-requests/HEALTH", """
				{"requestedOn":"%s"}""".formatted(decided)).expectStatus().isOk();
		this.calls.put(CASEWORKER, "/api/v1/send/assessments/" + id + "/advice-requests/SOCIAL_CARE", """
				{"requestedOn":"%s"}""".formatted(decided)).expectStatus().isOk();

		OpenAdviceRequests health = advice(HEALTH_INTEGRATION)
			.listOpenAdviceRequests(ListOpenAdviceRequestsRequest.newBuilder().setSource("HEALTH").build());
		assertThat(health.getRequestsList()).singleElement().satisfies(open -> {
			assertThat(open.getAssessmentId()).isEqualTo(id);
			assertThat(open.getDueDate()).isEqualTo(decided.plusWeeks(6).toString());
			assertThat(open.getSchoolUrn()).isEqualTo(SCHOOL);
		});

		AdviceRequest answered = advice(HEALTH_INTEGRATION).recordAdviceAnswer(RecordAdviceAnswerRequest.newBuilder()
			.setAssessmentId(id)
			.setSource("HEALTH")
			.setAnsweredOn(decided.plusDays(20).toString())
			.build());

		assertThat(answered.getAnsweredOn()).isEqualTo(decided.plusDays(20).toString());
		assertThat(answered.getBreach()).isFalse();
		assertThat(advice(HEALTH_INTEGRATION).listOpenAdviceRequests(ListOpenAdviceRequestsRequest.getDefaultInstance())
			.getRequestsList()).extracting(AdviceRequest::getSource).containsExactly("SOCIAL_CARE");
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> advice(HEALTH_INTEGRATION).recordAdviceAnswer(RecordAdviceAnswerRequest.newBuilder()
				.setAssessmentId(id)
				.setSource("SOCIAL_CARE")
				.setAnsweredOn(decided.minusDays(1).toString())
				.build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> advice(SENCO).recordAdviceAnswer(RecordAdviceAnswerRequest.newBuilder()
				.setAssessmentId(id)
				.setSource("SOCIAL_CARE")
				.setAnsweredOn(decided.toString())
				.build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void theStepsAreInTheDeadlinesTheChildProfileAndTheQueueOfTheRightCallers() {
		String id = created();
		LocalDate due = this.received.plusWeeks(6);

		DeadlinesDue week = send(CASEWORKER).listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
			.setFromDate(due.plusDays(1).toString())
			.setToDate(due.plusDays(7).toString())
			.setIncludeOverdue(true)
			.build());
		assertThat(week.getDeadlinesList()).singleElement().satisfies(deadline -> {
			assertThat(deadline.getKind()).isEqualTo("DECISION_TO_ASSESS");
			assertThat(deadline.getDueDate()).isEqualTo(due.toString());
			assertThat(deadline.getSchoolUrn()).isEqualTo(SCHOOL);
		});
		EhcPlanStatus profile = send(CASEWORKER)
			.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn(CHILD).build());
		assertThat(profile.getHasPlan()).isFalse();
		assertThat(profile.getOpenAssessmentStepsList()).singleElement().satisfies(step -> {
			assertThat(step.getAssessmentId()).isEqualTo(id);
			assertThat(step.getBreach()).isTrue();
		});

		this.api.get(SENCO, "/api/v1/send/assessment-queue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].assessmentId")
			.isEqualTo(id)
			.jsonPath("$.items[0].daysToBreach")
			.isEqualTo(-3);
		this.api.get(OTHER_SENCO, "/api/v1/send/assessment-queue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();
		this.api.get(OTHER_SENCO, "/api/v1/send/assessments/{id}", id).exchange().expectStatus().isNotFound();
		this.api.get(ANALYST, "/api/v1/send/assessment-queue").exchange().expectStatus().isForbidden();
	}

	@Test
	void theBoardAnalystSeesCountsWithSmallNumbersHidden() {
		created();

		this.api.get(ANALYST, "/api/v1/send/assessment-measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.received")
			.isEqualTo("c")
			.jsonPath("$.plansIssued")
			.isEqualTo(0);
		this.api.get(CASEWORKER, "/api/v1/send/assessment-measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.received")
			.isEqualTo(1)
			.jsonPath("$.undecided")
			.isEqualTo(1);
		this.api.get(SENCO, "/api/v1/send/assessment-measures").exchange().expectStatus().isForbidden();
		this.api.get(CASEWORKER, "/api/v1/send/assessment-measures?from=2026-05-01&to=2026-04-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
	}

	private String created() {
		this.calls.post(CASEWORKER, "/api/v1/send/assessments", body(CHILD, this.received), null)
			.expectStatus()
			.isCreated();
		return CHILD + "-1";
	}

	private void refused(String body, int status, String field) {
		this.calls.post(CASEWORKER, "/api/v1/send/assessments", body, null)
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private SendServiceGrpc.SendServiceBlockingStub send(Caller caller) {
		return this.grpc.as(caller, SendServiceGrpc::newBlockingStub);
	}

	private EhcAdviceServiceGrpc.EhcAdviceServiceBlockingStub advice(Caller caller) {
		return this.grpc.as(caller, EhcAdviceServiceGrpc::newBlockingStub);
	}

}
