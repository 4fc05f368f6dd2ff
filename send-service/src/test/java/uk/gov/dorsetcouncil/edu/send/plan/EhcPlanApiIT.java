package uk.gov.dorsetcouncil.edu.send.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import com.mongodb.client.MongoDatabase;
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

import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerStubs;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ListChangesRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.DeadlinesDue;
import uk.gov.dorsetcouncil.edu.proto.send.v1.EhcPlanStatus;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetEhcPlanStatusRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.GetPlanCountsRequest;
import uk.gov.dorsetcouncil.edu.proto.deadlines.v1.ListDeadlinesDueRequest;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCountRow;
import uk.gov.dorsetcouncil.edu.proto.send.v1.PlanCounts;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;
import uk.gov.dorsetcouncil.edu.send.SendCalls;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService;
import uk.gov.dorsetcouncil.edu.send.sen2.CensusDate;
import uk.gov.dorsetcouncil.edu.send.attendance.client.FakeAttendanceService.Behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.dorsetcouncil.edu.send.SendCalls.ANALYST;

/**
 * The whole send-service (REST, gRPC, in-memory MongoDB) calling a stand-in attendance
 * service over a real gRPC channel configured as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms",
				// keep the breaker closed here: its behaviour is AttendanceClientTest's
				"dorset.downstream.attendance.minimum-calls=100" })
class EhcPlanApiIT {

	static final String PUPIL = Upn.withCheckLetter("838200125001").value();

	static final String SCHOOL = "991001";

	static final String PLAN = """
			{"status":"FINAL","issuedDate":"2025-03-14","namedSchoolUrn":"991001","lastReviewDate":null}""";

	static final Caller CASEWORKER = new Caller("caseworker-7", "dashboard", Organisation.localAuthority("838"),
			Set.of("SEND_CASEWORKER"), Set.of("ehcp:read", "ehcp:write", "attendance:read"));

	static final FakeAttendanceService ATTENDANCE = new FakeAttendanceService(Duration.ofMillis(4000));

	static final Server ATTENDANCE_SERVER = ATTENDANCE.serve();

	@LocalServerPort
	int port;

	@LocalGrpcPort
	int grpcPort;

	@Autowired
	MongoDatabase database;

	@Autowired
	EhcPlanStore planStore;

	CallerRequests api;

	CallerStubs grpc;

	SendCalls calls;

	@DynamicPropertySource
	static void attendanceAddress(DynamicPropertyRegistry properties) {
		properties.add("spring.grpc.client.channels.attendance.address",
				() -> "static://localhost:" + ATTENDANCE_SERVER.getPort());
	}

	@BeforeEach
	void setUp() {
		this.api = CallerRequests.toLocalServer(this.port);
		this.calls = new SendCalls(this.api);
		this.database.getCollection("ehc_plans").deleteMany(new Document());
		this.planStore.reload();
		ATTENDANCE.behave(Behaviour.ANSWER);
		this.grpc = CallerStubs.toLocalServer(this.grpcPort);
	}

	@AfterEach
	void closeChannel() {
		this.grpc.close();
	}

	@Test
	void aCaseworkerPutsAPlanAndSeesItWithTheNextReviewAndAttendance() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.nextAnnualReviewDue")
			.isEqualTo("2026-03-14");

		get(CASEWORKER, PUPIL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.upn")
			.isEqualTo(PUPIL)
			.jsonPath("$.status")
			.isEqualTo("FINAL")
			.jsonPath("$.issuedDate")
			.isEqualTo("2025-03-14")
			.jsonPath("$.namedSchoolUrn")
			.isEqualTo(SCHOOL)
			.jsonPath("$.nextAnnualReviewDue")
			.isEqualTo("2026-03-14")
			.jsonPath("$.attendance.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.attendance.summary.possibleSessions")
			.isEqualTo(110)
			.jsonPath("$.attendance.summary.attendancePercent")
			.isEqualTo(87.3)
			.jsonPath("$.attendance.summary.persistentlyAbsent")
			.isEqualTo(true)
			.jsonPath("$.attendance.summary.severelyAbsent")
			.isEqualTo(false)
			.jsonPath("$.attendance.summary.basis")
			.isEqualTo("academic year to date")
			.jsonPath("$.attendance.summary.asOf")
			.isEqualTo("2025-11-21T16:00:00Z");
		assertThat(ATTENDANCE.callers().getLast().subject()).isEqualTo("caseworker-7");
	}

	@Test
	void puttingTheSamePlanTwiceGivesTheSameState() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isOk();

		assertThat(this.database.getCollection("ehc_plans").countDocuments()).isEqualTo(1);
	}

	@Test
	void thePlanIsAnsweredWhenAttendanceIsTooSlow() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		ATTENDANCE.behave(Behaviour.SLOW);

		get(CASEWORKER, PUPIL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("FINAL")
			.jsonPath("$.attendance.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.attendance.reason")
			.isEqualTo("attendance service did not answer within 2000 ms")
			.jsonPath("$.attendance.summary")
			.doesNotExist();
	}

	@Test
	void aPupilOnNoRollHasAttendanceNotFound() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		ATTENDANCE.behave(Behaviour.NOT_FOUND);

		get(CASEWORKER, PUPIL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.attendance.status")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void badInputIsRefusedNamingTheFieldsAndNothingIsStored() {
		put(CASEWORKER, PUPIL, """
				{"status":"ENDED","issuedDate":"2025-03-14","namedSchoolUrn":"99100","lastReviewDate":null}""")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("status", "namedSchoolUrn"));
		put(CASEWORKER, "A838200125001", PLAN).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");

		get(CASEWORKER, PUPIL).expectStatus().isNotFound();
		assertThat(this.database.getCollection("ehc_plans").countDocuments()).isZero();
	}

	@Test
	void onlyTheNamedSchoolSeesThePlan() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();

		get(school(SCHOOL, "ehcp:read", "attendance:read"), PUPIL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.namedSchoolUrn")
			.isEqualTo(SCHOOL);
		get(school("991002", "ehcp:read", "attendance:read"), PUPIL).expectStatus().isForbidden();
	}

	@Test
	void callersWithoutTheScopeOrTheRightOrganisationAreRefused() {
		put(school(SCHOOL, "ehcp:read", "ehcp:write"), PUPIL, PLAN).expectStatus().isForbidden();
		put(new Caller("officer", null, Organisation.localAuthority("838"), Set.of(), Set.of("ehcp:read")), PUPIL, PLAN)
			.expectStatus()
			.isForbidden();
		get(new Caller("officer", null, Organisation.localAuthority("838"), Set.of(), Set.of("attendance:read")), PUPIL)
			.expectStatus()
			.isForbidden();
		this.api.withoutCaller()
			.get()
			.uri("/api/v1/send/ehc-plans/{upn}", PUPIL)
			.exchange()
			.expectStatus()
			.isUnauthorized();

		assertThat(this.database.getCollection("ehc_plans").countDocuments()).isZero();
	}

	@Test
	void otherServicesReadThePlanStatusOverGrpc() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		String noPlan = Upn.withCheckLetter("838200125002").value();

		EhcPlanStatus held = sendStub(CASEWORKER)
			.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn(PUPIL).build());
		EhcPlanStatus none = sendStub(CASEWORKER)
			.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn(noPlan).build());

		assertThat(held.getHasPlan()).isTrue();
		assertThat(held.getStatus()).isEqualTo("FINAL");
		assertThat(held.getNextAnnualReviewDue()).isEqualTo("2026-03-14");
		assertThat(held.getNamedSchoolUrn()).isEqualTo(SCHOOL);
		assertThat(none.getHasPlan()).isFalse();
		assertThat(none.getUpn()).isEqualTo(noPlan);
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> sendStub(school("991002", "ehcp:read"))
				.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn(PUPIL).build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> sendStub(CASEWORKER)
				.getEhcPlanStatus(GetEhcPlanStatusRequest.newBuilder().setUpn("not-a-upn").build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	@Test
	void annualReviewsDueInAPeriodAndPlanCountsAreServedOverGrpc() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		String draftPupil = Upn.withCheckLetter("838200125003").value();
		put(CASEWORKER, draftPupil, """
				{"status":"DRAFT","issuedDate":"2025-06-01"}""").expectStatus().isCreated();
		ListDeadlinesDueRequest week = ListDeadlinesDueRequest.newBuilder()
			.setFromDate("2026-03-09")
			.setToDate("2026-03-15")
			.build();

		DeadlinesDue due = sendStub(CASEWORKER).listDeadlinesDue(week);
		DeadlinesDue nextWeek = sendStub(CASEWORKER)
			.listDeadlinesDue(week.toBuilder().setFromDate("2026-03-16").setToDate("2026-03-22").build());
		DeadlinesDue otherSchool = sendStub(school("991002", "ehcp:read")).listDeadlinesDue(week);

		assertThat(due.getDeadlinesList()).singleElement().satisfies(deadline -> {
			assertThat(deadline.getUpn()).isEqualTo(PUPIL);
			assertThat(deadline.getKind()).isEqualTo("ANNUAL_REVIEW");
			assertThat(deadline.getDueDate()).isEqualTo("2026-03-14");
			assertThat(deadline.getSchoolUrn()).isEqualTo(SCHOOL);
		});
		assertThat(nextWeek.getDeadlinesList()).isEmpty();
		assertThat(otherSchool.getDeadlinesList()).isEmpty();
		// the review due on 14 March and not recorded is still outstanding a week later
		assertThat(sendStub(CASEWORKER)
			.listDeadlinesDue(
					week.toBuilder().setFromDate("2026-03-16").setToDate("2026-03-22").setIncludeOverdue(true).build())
			.getDeadlinesList()).extracting(deadline -> deadline.getUpn() + " " + deadline.getDueDate())
			.containsExactly(PUPIL + " 2026-03-14");
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> sendStub(CASEWORKER).listDeadlinesDue(week.toBuilder().setToDate("2026-03-01").build()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));

		PlanCounts counts = sendStub(CASEWORKER).getPlanCounts(GetPlanCountsRequest.getDefaultInstance());
		assertThat(counts.getRowsList())
			.extracting(PlanCountRow::getSchoolUrn, PlanCountRow::getDraft, PlanCountRow::getFinal,
					PlanCountRow::getCeased)
			.containsExactly(tuple("", 1, 0, 0), tuple(SCHOOL, 0, 1, 0));
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(
				() -> sendStub(school(SCHOOL, "ehcp:read")).getPlanCounts(GetPlanCountsRequest.getDefaultInstance()))
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
	}

	@Test
	void aCaseworkerKeepsThePlansSectionsAmendmentsAndTransfersWithTheirHistory() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		String sections = """
				{"primaryNeed":"ASD","secondaryNeed":"SLCN","placementType":"MAINSTREAM",
				 "outcomes":[{"text":"Reads a bus timetable on his own","by":"2027-07-23"}],
				 "provision":[{"section":"F","description":"Speech and language therapy, weekly","hoursPerWeek":0.75}],
				 "summaries":{"A":"Likes trains"}}""";
		this.calls.put(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/sections", sections)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sections.primaryNeed")
			.isEqualTo("ASD")
			.jsonPath("$.sections.specialistProvision")
			.isEqualTo(false)
			.jsonPath("$.sections.provision[0].section")
			.isEqualTo("F");
		this.calls
			.put(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/sections", sections.replace("\"ASD\"", "\"NSA\""))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("primaryNeed");

		String amendment = """
				{"proposedOn":"2025-10-01","reason":"Move to the inclusion hub",
				 "sections":{"primaryNeed":"ASD","placementType":"INCLUSION_HUB_OR_RESOURCED_PROVISION",
				  "provision":[{"section":"F","description":"Small-group teaching","hoursPerWeek":10}]}}""";
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/amendments", amendment, "amend-1")
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("Location", "/api/v1/send/ehc-plans/" + PUPIL + "/amendments/1")
			.expectBody()
			.jsonPath("$.amendments[0].issueDue")
			.isEqualTo("2025-11-26");
		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/amendments", amendment, "amend-1")
			.expectStatus()
			.isCreated();
		this.calls.put(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/amendments/1", """
				{"commentsOn":"2025-10-10","issuedOn":"2025-11-20"}""")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sections.placementType")
			.isEqualTo("INCLUSION_HUB_OR_RESOURCED_PROVISION")
			.jsonPath("$.sections.specialistProvision")
			.isEqualTo(true)
			.jsonPath("$.amendments.length()")
			.isEqualTo(1)
			.jsonPath("$.amendments[0].breach")
			.isEqualTo(false);

		this.calls.post(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/transfers", """
				{"direction":"OUT","otherLa":"839","movedOn":"2026-01-05"}""", "move-1")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CEASED")
			.jsonPath("$.ceased.reason")
			.isEqualTo("TRANSFERRED_TO_ANOTHER_LA")
			.jsonPath("$.nextAnnualReviewDue")
			.doesNotExist();

		get(CASEWORKER, PUPIL).expectStatus().isOk().expectBody().jsonPath("$.transfers[0].otherLa").isEqualTo("839");
		this.api.get(school(SCHOOL, "ehcp:read"), "/api/v1/send/ehc-plans/{upn}/history", PUPIL)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes[?(@.field == 'sections.placementType')].to")
			.isEqualTo(List.of("MAINSTREAM", "INCLUSION_HUB_OR_RESOURCED_PROVISION"))
			.jsonPath("$.changes[?(@.field == 'status')].to")
			.isEqualTo(List.of("FINAL", "CEASED"))
			.jsonPath("$.changes[0].by")
			.isEqualTo("caseworker-7");
		this.api.get(school("991002", "ehcp:read"), "/api/v1/send/ehc-plans/{upn}/history", PUPIL)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.calls
			.put(school(SCHOOL, "ehcp:read", "ehcp:write"), "/api/v1/send/ehc-plans/" + PUPIL + "/sections", sections)
			.expectStatus()
			.isForbidden();

		var changes = this.grpc.as(CASEWORKER, ChangeFeedGrpc::newBlockingStub)
			.listChanges(ListChangesRequest.newBuilder().setAfter(0).setLimit(100).build());
		assertThat(changes.getEntriesList()).filteredOn(e -> e.getKey().equals(PUPIL))
			.extracting(e -> e.getEntityType() + " " + e.getPayloadMap().getOrDefault("change", "recorded"))
			.containsExactly("ehc_plan recorded", "ehc_plan sections", "ehc_plan amendment proposed",
					"ehc_plan amendment 1", "ehc_plan transfer");
	}

	@Test
	void theSen2MeasuresAndExportCountThePlansHeldOnTheCensusDate() {
		put(CASEWORKER, PUPIL, PLAN).expectStatus().isCreated();
		this.calls.put(CASEWORKER, "/api/v1/send/ehc-plans/" + PUPIL + "/sections", """
				{"primaryNeed":"SEMH","placementType":"SPECIAL_SCHOOL","bornOn":"2014-05-01","locality":"PURBECK",
				 "provision":[{"section":"F","description":"Class of 8"}]}""").expectStatus().isOk();
		String census = CensusDate.latestOnOrBefore(LocalDate.now(ZoneId.of("Europe/London"))).toString();

		String csv = this.api.get(CASEWORKER, "/api/v1/send/sen2-export?censusDate=" + census)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith("census_date,la_code,section,measure,breakdown,value\r\n")
			.contains(census + ",838,plans,held,ALL,1\r\n", census + ",838,plans,primary_need,SEMH,1\r\n",
					census + ",838,plans,locality,PURBECK,1\r\n",
					census + ",838,plans,specialist_provision_percent,ALL,100.0\r\n");
		this.api.get(ANALYST, "/api/v1/send/sen2-export?format=json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.section == 'plans' && @.measure == 'held')].value")
			.isEqualTo(List.of("c"));
		this.api.get(ANALYST, "/api/v1/send/sen2-measures")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.censusDate")
			.isEqualTo(census);
		this.api.get(CASEWORKER, "/api/v1/send/sen2-measures?censusDate=2026-01-16")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("censusDate");
		this.api.get(CASEWORKER, "/api/v1/send/sen2-export?format=xml")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("format");
		this.api.get(school(SCHOOL, "ehcp:read"), "/api/v1/send/sen2-export").exchange().expectStatus().isForbidden();
	}

	private RestTestClient.ResponseSpec put(Caller caller, String upn, String body) {
		return this.api.put(caller, "/api/v1/send/ehc-plans/{upn}", upn)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
	}

	private RestTestClient.ResponseSpec get(Caller caller, String upn) {
		return this.api.get(caller, "/api/v1/send/ehc-plans/{upn}", upn).exchange();
	}

	private SendServiceGrpc.SendServiceBlockingStub sendStub(Caller caller) {
		return this.grpc.as(caller, SendServiceGrpc::newBlockingStub);
	}

	private static Caller school(String urn, String... scopes) {
		return new Caller("senco@" + urn, null, Organisation.school(urn), Set.of("SENCO"), Set.of(scopes));
	}

}
