package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.attendance.calendar.TermDates;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync.Report;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync.SchoolStatus;
import uk.gov.dorsetcouncil.edu.attendance.connector.http.HttpSchoolDataFeed;
import uk.gov.dorsetcouncil.edu.attendance.connector.store.MongoFeedStates;
import uk.gov.dorsetcouncil.edu.attendance.register.AttendanceCode;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.register.store.MongoMarkStore;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;
import uk.gov.dorsetcouncil.edu.attendance.roll.store.MongoPupilRecords;
import uk.gov.dorsetcouncil.edu.attendance.school.SchoolRegistration;
import uk.gov.dorsetcouncil.edu.attendance.school.store.MongoSchoolDirectory;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.InMemoryStores.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The connector against MIS extraction services played by WireMock, writing into the real
 * stores on an in-memory mongo-java-server. Registers are dated Friday 20 November 2026;
 * "today" is Monday 23 November 2026.
 */
class SchoolSyncTest {

	private static final String PAGED = "113001";

	private static final String SLOW = "113002";

	private static final String MALFORMED = "113003";

	private static final Instant FIRST_RUN = Instant.parse("2026-11-23T15:00:00Z");

	private static final String TOKEN_REF = "MIS_TOKEN";

	private MongoServer mongo;

	private MongoClient client;

	private WireMockServer mis;

	private MongoPupilRecords pupils;

	private MongoMarkStore marks;

	private RegisterTaking registers;

	private HttpSchoolDataFeed feed;

	private MovableClock syncClock;

	private SchoolSync sync;

	@BeforeEach
	void start() {
		this.mongo = new MongoServer(new MemoryBackend());
		this.client = MongoClients.create(this.mongo.bindAndGetConnectionString());
		MongoDatabase database = this.client.getDatabase("attendance");
		Clock today = Clock.fixed(FIRST_RUN, ZoneId.of("Europe/London"));
		TermDates termDates = TermDates.dorset();
		ChangeRelay relay = new ChangeRelay(new MongoChangeFeed(database, today));
		MongoSchoolDirectory schools = new MongoSchoolDirectory(database, relay, today);
		this.pupils = new MongoPupilRecords(database, relay);
		this.marks = new MongoMarkStore(database, relay);
		SchoolRegistration registration = new SchoolRegistration(schools, termDates, this.marks);
		for (String urn : List.of(PAGED, SLOW, MALFORMED)) {
			registration.put(LA, urn, "838" + urn.substring(2), "School " + urn, "PRIMARY", "WEST");
		}
		RollKeeping roll = new RollKeeping(this.pupils, schools, today, LostRaceRetry.withoutPause(5));
		this.registers = new RegisterTaking(schools, this.pupils, this.marks, termDates, today,
				LostRaceRetry.withoutPause(5));
		this.mis = new WireMockServer(options().dynamicPort());
		this.mis.start();
		// The request timeout sits well above a loaded machine's answer time and well
		// below
		// the slow school's delay, so only the slow school times out.
		this.feed = new HttpSchoolDataFeed(new HttpSchoolDataFeed.Settings(Duration.ofSeconds(1), Duration.ofSeconds(3),
				2, 50, 3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(2), 4, 2, 50, Duration.ofMinutes(5)));
		this.syncClock = new MovableClock(FIRST_RUN);
		List<SchoolConnection> connections = List.of(PAGED, SLOW, MALFORMED)
			.stream()
			.map((urn) -> new SchoolConnection(urn, this.mis.baseUrl() + "/v1/", TOKEN_REF, "0 30 10 * * MON-FRI"))
			.toList();
		this.sync = new SchoolSync(connections, this.feed, new MongoFeedStates(database), roll, this.registers,
				(ref) -> TOKEN_REF.equals(ref) ? Optional.of("token-for-tests") : Optional.empty(),
				Duration.ofHours(72), this.syncClock);
	}

	@AfterEach
	void stop() {
		this.mis.stop();
		this.client.close();
		this.mongo.shutdown();
	}

	@Test
	void aFirstRunReadsEveryPageAndStoresThroughTheRegisterPath() {
		pagedSchoolHasThreePupilsAndTwoRegisters();

		Report report = this.sync.syncNow(LA, PAGED);

		assertThat(report.outcome()).as(report.message()).isEqualTo(SyncOutcome.SUCCEEDED);
		assertThat(report.pupilsStored()).isEqualTo(3);
		assertThat(report.registersStored()).isEqualTo(2);
		assertThat(report.changedSince()).isNull();
		this.mis.verify(2,
				getRequestedFor(urlPathEqualTo("/v1/schools/" + PAGED + "/students"))
					.withHeader("Authorization", equalTo("Bearer token-for-tests"))
					.withQueryParam("updated_after", absent()));
		this.mis.verify(1, getRequestedFor(urlPathEqualTo("/v1/schools/" + PAGED + "/students"))
			.withQueryParam("cursor", equalTo("page-2")));
		assertThat(this.pupils.find(new Upn(upn(3)))).isPresent();
		RegisterTaking.Register pm = this.registers.read(LA, PAGED, "2026-11-20", "PM");
		assertThat(pm.marks()).containsEntry(new Upn(upn(2)), AttendanceCode.ILLNESS)
			.containsEntry(new Upn(upn(3)), AttendanceCode.OTHER_UNAUTHORISED);
		assertThat(pm.record().takenBy()).isEqualTo("service:attendance-connector");
	}

	@Test
	void theNextRunAsksOnlyForChangesSinceTheLastAndKeepsTheAmendment() {
		pagedSchoolHasThreePupilsAndTwoRegisters();
		this.sync.syncNow(LA, PAGED);
		this.syncClock.set(FIRST_RUN.plus(Duration.ofHours(2)));
		this.mis.stubFor(page(PAGED, "students").withQueryParam("updated_after", equalTo(FIRST_RUN.toString()))
			.willReturn(okJson(body("[]", null))));
		this.mis
			.stubFor(page(PAGED, "attendance/sessions").withQueryParam("updated_after", equalTo(FIRST_RUN.toString()))
				.willReturn(okJson(body("[" + register("2026-11-20", "PM", upn(3), "M") + "]", null))));

		Report delta = this.sync.syncNow(LA, PAGED);

		assertThat(delta.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
		assertThat(delta.changedSince()).isEqualTo(FIRST_RUN);
		assertThat(delta.registersStored()).isEqualTo(1);
		assertThat(this.marks.amendments(PAGED, new Upn(upn(3)))).singleElement().satisfies((amendment) -> {
			assertThat(amendment.from()).isEqualTo(AttendanceCode.OTHER_UNAUTHORISED);
			assertThat(amendment.to()).isEqualTo(AttendanceCode.LEAVE_MEDICAL_OR_DENTAL);
		});
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheTimeTheServerAsks() {
		this.mis.stubFor(page(PAGED, "students").inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("calm"));
		this.mis.stubFor(page(PAGED, "students").inScenario("busy")
			.whenScenarioStateIs("calm")
			.willReturn(okJson(body("[" + pupil(1) + "]", null))));
		this.mis.stubFor(page(PAGED, "attendance/sessions").willReturn(okJson(body("[]", null))));

		long started = System.nanoTime();
		Report report = this.sync.syncNow(LA, PAGED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
		assertThat(report.pupilsStored()).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		this.mis.verify(2, getRequestedFor(urlPathEqualTo("/v1/schools/" + PAGED + "/students")));
	}

	@Test
	void serverErrorsAreRetriedWithExponentialBackoff() {
		this.mis.stubFor(page(PAGED, "students").inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("once"));
		this.mis.stubFor(page(PAGED, "students").inScenario("flaky")
			.whenScenarioStateIs("once")
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("up"));
		this.mis.stubFor(page(PAGED, "students").inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(body("[" + pupil(1) + "]", null))));
		this.mis.stubFor(page(PAGED, "attendance/sessions").willReturn(okJson(body("[]", null))));

		long started = System.nanoTime();
		Report report = this.sync.syncNow(LA, PAGED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.SUCCEEDED);
		// 100 ms, then 200 ms
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		this.mis.verify(3, getRequestedFor(urlPathEqualTo("/v1/schools/" + PAGED + "/students")));
	}

	@Test
	void aServerThatKeepsFailingFailsTheRunAndStoresNothing() {
		this.mis.stubFor(page(PAGED, "students").willReturn(aResponse().withStatus(500)));

		Report report = this.sync.syncNow(LA, PAGED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.FAILED);
		assertThat(report.message()).contains("HTTP 500").contains("after 3 attempts");
		this.mis.verify(3, getRequestedFor(urlPathEqualTo("/v1/schools/" + PAGED + "/students")));
		SchoolStatus status = statusOf(PAGED);
		assertThat(status.lastOutcome()).isEqualTo(SyncOutcome.FAILED);
		assertThat(status.lastDataArrivedAt()).isNull();
	}

	@Test
	void aSchoolThatTimesOutOpensItsBreakerWhileTheOthersCarryOn() {
		this.mis.stubFor(page(PAGED, "students").willReturn(okJson(body("[" + pupil(1) + "]", null))));
		this.mis.stubFor(page(PAGED, "attendance/sessions").willReturn(okJson(body("[]", null))));
		this.mis.stubFor(page(SLOW, "students").willReturn(okJson(body("[]", null)).withFixedDelay(6000)));
		this.mis.stubFor(page(MALFORMED, "students").willReturn(okJson(body("[]", null))));
		this.mis.stubFor(page(MALFORMED, "attendance/sessions").willReturn(okJson(body("[]", null))));

		for (int run = 1; run <= 2; run++) {
			List<Report> reports = this.sync.syncAll();
			assertThat(outcomeOf(reports, SLOW)).isEqualTo(SyncOutcome.FAILED);
			assertThat(outcomeOf(reports, PAGED)).isEqualTo(SyncOutcome.SUCCEEDED);
			assertThat(outcomeOf(reports, MALFORMED)).isEqualTo(SyncOutcome.SUCCEEDED);
		}
		assertThat(this.feed.breakerState(SLOW)).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.feed.breakerState(PAGED)).isEqualTo(CircuitBreaker.State.CLOSED);

		List<Report> third = this.sync.syncAll();
		assertThat(outcomeOf(third, SLOW)).isEqualTo(SyncOutcome.CIRCUIT_OPEN);
		assertThat(outcomeOf(third, PAGED)).isEqualTo(SyncOutcome.SUCCEEDED);
		this.mis.verify(2, getRequestedFor(urlPathEqualTo("/v1/schools/" + SLOW + "/students")));
		assertThat(statusOf(SLOW).lastMessage()).contains("circuit breaker");
	}

	@Test
	void aMalformedBatchIsRejectedWithEveryReasonAndNothingIsStored() {
		this.mis.stubFor(page(MALFORMED, "students").willReturn(okJson(body("[" + pupil(21)
				+ ",{\"upn\":\"12345\",\"family_name\":\"Oak\",\"given_name\":\"Ivy\","
				+ "\"date_of_birth\":\"2016-01-01\",\"year_group\":\"six\",\"sex\":\"F\",\"admission_date\":\"2021-09-01\"}]",
				null))));
		this.mis.stubFor(page(MALFORMED, "attendance/sessions")
			.willReturn(okJson(body("[" + register("2026-11-20", "AM", upn(21), "H") + "]", null))));

		Report report = this.sync.syncNow(LA, MALFORMED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.REJECTED);
		assertThat(report.problems()).extracting(FeedBatch.RecordProblem::record)
			.containsExactly("students page 1 item 2 (UPN 12345)", "attendance/sessions page 1 item 1 (2026-11-20 AM)");
		assertThat(report.problems().get(0).reason()).contains("year_group is a whole number");
		assertThat(report.problems().get(1).reason()).contains("marks[0].code").contains("withdrawn");
		assertThat(this.pupils.find(new Upn(upn(21)))).isEmpty();
		SchoolStatus status = statusOf(MALFORMED);
		assertThat(status.lastOutcome()).isEqualTo(SyncOutcome.REJECTED);
		assertThat(status.problems()).hasSize(2);
		assertThat(status.lastDataArrivedAt()).isNull();
	}

	@Test
	void aPageThatIsNotJsonRejectsTheBatch() {
		this.mis.stubFor(page(MALFORMED, "students").willReturn(okJson(body("[" + pupil(22) + "]", "next"))));
		this.mis.stubFor(page(MALFORMED, "students").withQueryParam("cursor", equalTo("next"))
			.willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
		this.mis.stubFor(page(MALFORMED, "attendance/sessions").willReturn(okJson(body("[]", null))));

		Report report = this.sync.syncNow(LA, MALFORMED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.REJECTED);
		assertThat(report.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.record()).isEqualTo("students page 2"));
		assertThat(this.pupils.find(new Upn(upn(22)))).isEmpty();
	}

	@Test
	void aRegisterThatBreaksARuleIsRefusedAndReportedWhileTheRestIsStored() {
		this.mis.stubFor(page(PAGED, "students").willReturn(okJson(body("[" + pupil(31) + "]", null))));
		this.mis.stubFor(page(PAGED, "attendance/sessions")
			.willReturn(okJson(body("[" + register("2026-11-20", "AM", upn(31), "/") + ","
					+ register("2026-11-20", "PM", upn(99), "\\\\") + "]", null))));

		Report report = this.sync.syncNow(LA, PAGED);

		assertThat(report.outcome()).isEqualTo(SyncOutcome.PARTLY_STORED);
		assertThat(report.registersStored()).isEqualTo(1);
		assertThat(report.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.record()).isEqualTo("attendance/sessions page 1 item 2 (2026-11-20 PM)");
			assertThat(problem.reason()).contains("not on the roll of school " + PAGED);
		});
	}

	@Test
	void staleSchoolsAreThoseWithoutDataForLongerThanTheConfiguredAge() {
		pagedSchoolHasThreePupilsAndTwoRegisters();
		this.sync.syncNow(LA, PAGED);

		this.syncClock.set(FIRST_RUN.plus(Duration.ofHours(71)));
		assertThat(statusOf(PAGED).stale()).isFalse();
		assertThat(statusOf(SLOW).stale()).isTrue();
		this.syncClock.set(FIRST_RUN.plus(Duration.ofHours(73)));
		SchoolSync.Status status = this.sync.status(LA);
		assertThat(status.staleSchools()).isEqualTo(3);
		assertThat(statusOf(PAGED).lastDataArrivedAt()).isEqualTo(FIRST_RUN);
	}

	@Test
	void onlyTheLocalAuthorityRunsAndWatchesTheConnector() {
		Caller school = new Caller("lead", "mis", uk.gov.dorsetcouncil.edu.platform.caller.Organisation.school(PAGED),
				java.util.Set.of(), java.util.Set.of("schools:write", "attendance:read"));
		assertThat(catchThrowableOfType(ProblemException.class, () -> this.sync.syncNow(school, PAGED)).problem())
			.isEqualTo(Problem.FORBIDDEN);
		assertThat(catchThrowableOfType(ProblemException.class, () -> this.sync.status(school)).problem())
			.isEqualTo(Problem.FORBIDDEN);
		assertThat(catchThrowableOfType(ProblemException.class, () -> this.sync.syncNow(LA, "999999")).problem())
			.isEqualTo(Problem.NOT_FOUND);
	}

	private void pagedSchoolHasThreePupilsAndTwoRegisters() {
		this.mis.stubFor(page(PAGED, "students").withQueryParam("cursor", absent())
			.withQueryParam("updated_after", absent())
			.willReturn(okJson(body("[" + pupil(1) + "," + pupil(2) + "]", "page-2"))));
		this.mis.stubFor(page(PAGED, "students").withQueryParam("cursor", equalTo("page-2"))
			.withQueryParam("updated_after", absent())
			.willReturn(okJson(body("[" + pupil(3) + "]", null))));
		this.mis.stubFor(page(PAGED, "attendance/sessions").withQueryParam("updated_after", absent())
			.willReturn(okJson(body("[" + register("2026-11-20", "AM", upn(1), "/") + ","
					+ "{\"date\":\"2026-11-20\",\"session\":\"PM\",\"marks\":[{\"upn\":\"" + upn(1)
					+ "\",\"code\":\"\\\\\"},{\"upn\":\"" + upn(2) + "\",\"code\":\"I\"},{\"upn\":\"" + upn(3)
					+ "\",\"code\":\"O\"}]}]", null))));
	}

	private static MappingBuilder page(String urn, String resource) {
		return get(urlPathEqualTo("/v1/schools/" + urn + "/" + resource)).withQueryParam("per_page", equalTo("2"));
	}

	private static String body(String data, String nextCursor) {
		return "{\"data\":" + data + ",\"meta\":{\"pagination\":{\"next_cursor\":"
				+ ((nextCursor != null) ? "\"" + nextCursor + "\"" : "null") + "}}}";
	}

	private static String pupil(int serial) {
		return "{\"upn\":\"" + upn(serial) + "\",\"family_name\":\"Hardy\",\"given_name\":\"Jude\","
				+ "\"date_of_birth\":\"2016-05-04\",\"year_group\":5,\"sex\":\"M\",\"admission_date\":\"2021-09-01\","
				+ "\"leaving_date\":null,\"updated_at\":\"2026-11-20T16:00:00Z\"}";
	}

	private static String register(String date, String session, String upn, String code) {
		return "{\"date\":\"" + date + "\",\"session\":\"" + session + "\",\"marks\":[{\"upn\":\"" + upn
				+ "\",\"code\":\"" + code + "\"}]}";
	}

	private SchoolStatus statusOf(String urn) {
		return this.sync.status(LA)
			.schools()
			.stream()
			.filter((school) -> school.urn().equals(urn))
			.findFirst()
			.orElseThrow();
	}

	private static SyncOutcome outcomeOf(List<Report> reports, String urn) {
		return reports.stream().filter((report) -> report.urn().equals(urn)).findFirst().orElseThrow().outcome();
	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/London");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
