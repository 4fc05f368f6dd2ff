package uk.gov.dorsetcouncil.edu.send.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.send.review.store.MongoReviewStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlineDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.send.SendCalls;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.ANALYST;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.CASEWORKER;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.OTHER_SENCO;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.SCHOOL;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.SENCO;

/**
 * Annual reviews through the whole send-service (REST, gRPC, in-memory MongoDB, the
 * change feed): arranged, held and decided by a caseworker, a retry stored once, bad
 * input refused naming the field, steps in the deadlines view and queues of the right
 * callers, figures for the Board analyst with small numbers hidden.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=100" })
class ReviewApiIT {

	static final String CHILD = Upn.withCheckLetter("838200125001").value();

	static final FakeAttendanceService ATTENDANCE = new FakeAttendanceService(Duration.ofMillis(4000));

	static final Server ATTENDANCE_SERVER = ATTENDANCE.serve();

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	MongoReviewStore reviewStore;

	@Autowired
	EhcPlanStore planStore;

	CallerRequests api;

	CallerStubs grpc;

	SendCalls calls;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

	/** The plan was made 11 months ago: its review is due in a month. */
	final LocalDate issued = this.today.minusMonths(11);

	@DynamicPropertySource
	static void attendanceAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.attendance.address",
				() -> "static://localhost:" + ATTENDANCE_SERVER.getPort());
	}

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.calls = new SendCalls(this.api);
		this.database.getCollection("ehc_reviews").deleteMany(new Document());
		this.reviewStore.reload();
		this.database.getCollection("ehc_plans").deleteMany(new Document());
		this.planStore.reload();
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
		this.calls
			.put(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD,
					"""
							{"status":"FINAL","issuedDate":"%s","namedSchoolUrn":"%s","lastReviewDate":null}"""
						.formatted(this.issued, SCHOOL))
			.expectStatus()
			.is2xxSuccessful();
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void aCaseworkerArrangesHoldsAndDecidesAReviewAndARetryIsStoredOnce() {
		LocalDate meeting = this.today.minusDays(2);
		String body = """
				{"meetingOn":"%s"}""".formatted(meeting);
		String id = CHILD + "-R1";
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD + "/reviews", body, "review-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/send/reviews/" + id)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OPEN")
			.jsonPath("$.steps[?(@.kind == 'REVIEW_MEETING')].dueDate")
			.isEqualTo(this.issued.plusMonths(12).toString())
			.jsonPath("$.steps[?(@.kind == 'PAPERS_CIRCULATED')].dueDate")
			.isEqualTo(meeting.minusDays(14).toString());
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD + "/reviews", body, "review-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Idempotent-Replayed", "true");
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD + "/reviews", body, null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");

		this.calls.put(CASEWORKER, "/api/v1/send/reviews/" + id + "/steps/REVIEW_MEETING", """
				{"doneOn":"%s"}""".formatted(meeting)).expectStatus().isOk();
		this.calls.put(CASEWORKER, "/api/v1/send/reviews/" + id + "/decision", """
				{"decidedOn":"%s","outcome":"MAINTAIN"}""".formatted(meeting.minusDays(1)))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("decidedOn");
		this.calls.put(CASEWORKER, "/api/v1/send/reviews/" + id + "/decision", """
				{"decidedOn":"%s","outcome":"MAINTAIN"}""".formatted(this.today))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("MAINTAINED")
			.jsonPath("$.steps[?(@.kind == 'DECISION')].breach")
			.isEqualTo(false);

		assertThat(this.database.getCollection("ehc_reviews").find().first().getList("reviews", Document.class))
			.hasSize(1);
		this.api.get(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD)
			.exchange()
			.expectBody()
			.jsonPath("$.nextAnnualReviewDue")
			.isEqualTo(meeting.plusMonths(12).toString());
		var changes = this.grpc.as(CASEWORKER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(id))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().getOrDefault("change", "arranged"))
			.containsExactly("annual_review arranged", "annual_review step REVIEW_MEETING",
					"annual_review decision MAINTAIN");
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndNothingIsStored() {
		refused(CHILD, """
				{"meetingOn":"%s"}""".formatted(this.issued.minusDays(1)), 422, "meetingOn");
		refused(CHILD, """
				{"meetingOn":"2026-02-30"}""", 400, "meetingOn");
		refused(CHILD, """
				{"meetingOn":"%s","phaseTransfer":"PRIMARY_TO_SECONDARY"}""".formatted(this.today), 400,
				"transferYear");
		refused(CHILD, """
				{"meetingOn":"%s","meetnigOn":"x"}""".formatted(this.today), 400, "meetnigOn");
		refused(Upn.withCheckLetter("838200125009").value(), """
				{"meetingOn":"%s"}""".formatted(this.today), 422, "upn");
		refused("A83820012500Z", """
				{"meetingOn":"%s"}""".formatted(this.today), 400, "upn");

		assertThat(this.database.getCollection("ehc_reviews").countDocuments()).isZero();
	}

	@Test
	void theStepsAreInTheDeadlinesAndTheQueuesOfTheRightCallers() {
		LocalDate meeting = this.today.minusDays(1);
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD + "/reviews", """
				{"meetingOn":"%s"}""".formatted(meeting), null).expectStatus().isCreated();
		this.calls.put(CASEWORKER, "/api/v1/send/reviews/" + CHILD + "-R1/steps/REVIEW_MEETING", """
				{"doneOn":"%s"}""".formatted(meeting)).expectStatus().isOk();

		DeadlinesDue month = send(CASEWORKER).listDeadlinesDue(ListDeadlinesDueRequest.newBuilder()
			.setFromDate(this.today.toString())
			.setToDate(this.today.plusWeeks(5).toString())
			.build());
		assertThat(month.getDeadlinesList()).extracting(DeadlineDue::getKind).contains("ANNUAL_REVIEW_DECISION");
		assertThat(month.getDeadlinesList()).filteredOn(d -> d.getKind().equals("ANNUAL_REVIEW_DECISION"))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.getDueDate()).isEqualTo(meeting.plusWeeks(4).toString());
				assertThat(d.getSchoolUrn()).isEqualTo(SCHOOL);
			});

		this.api.get(SENCO, "/api/v1/send/review-queue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].reviewId")
			.isEqualTo(CHILD + "-R1")
			.jsonPath("$.items[0].kind")
			.isEqualTo("PAPERS_CIRCULATED")
			.jsonPath("$.items[0].breach")
			.isEqualTo(true);
		this.api.get(OTHER_SENCO, "/api/v1/send/review-queue")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();
		this.api.get(OTHER_SENCO, "/api/v1/send/reviews/{id}", CHILD + "-R1").exchange().expectStatus().isNotFound();
		this.api.get(SENCO, "/api/v1/send/reviews/{id}", CHILD + "-R1").exchange().expectStatus().isOk();
		this.api.get(ANALYST, "/api/v1/send/review-queue").exchange().expectStatus().isForbidden();
		this.calls.put(SENCO, "/api/v1/send/reviews/" + CHILD + "-R1/steps/PAPERS_CIRCULATED", """
				{"doneOn":"%s"}""".formatted(meeting)).expectStatus().isForbidden();
	}

	@Test
	void theBoardAnalystSeesTheShareOnTimeWithSmallNumbersHidden() {
		LocalDate meeting = this.today.minusDays(1);
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + CHILD + "/reviews", """
				{"meetingOn":"%s"}""".formatted(meeting), null).expectStatus().isCreated();
		this.calls.put(CASEWORKER, "/api/v1/send/reviews/" + CHILD + "-R1/steps/REVIEW_MEETING", """
				{"doneOn":"%s"}""".formatted(meeting)).expectStatus().isOk();

		this.api.get(ANALYST, "/api/v1/send/review-measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.held")
			.isEqualTo("c")
			.jsonPath("$.onTimePercent")
			.doesNotExist();
		this.api.get(CASEWORKER, "/api/v1/send/review-measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.held")
			.isEqualTo(1)
			.jsonPath("$.onTime")
			.isEqualTo(1)
			.jsonPath("$.onTimePercent")
			.isEqualTo(100.0);
		this.api.get(SENCO, "/api/v1/send/review-measures").exchange().expectStatus().isForbidden();
	}

	private void refused(String upn, String body, int status, String field) {
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + upn + "/reviews", body, null)
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private SendServiceGrpc.SendServiceBlockingStub send(Caller caller) {
		return this.grpc.as(caller, SendServiceGrpc::newBlockingStub);
	}

}
