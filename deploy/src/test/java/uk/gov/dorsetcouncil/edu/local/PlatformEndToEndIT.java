package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.ApiContractGaps;
import uk.gov.dorsetcouncil.edu.platform.testing.OpenApi31Schema;
import uk.gov.dorsetcouncil.edu.synthetic.exclusion.GeneratedExclusion;
import uk.gov.dorsetcouncil.edu.synthetic.timetable.GeneratedTimetable;
import uk.gov.dorsetcouncil.edu.synthetic.pupil.Pupil;
import uk.gov.dorsetcouncil.edu.synthetic.register.Session;
import uk.gov.dorsetcouncil.edu.synthetic.school.Locality;
import uk.gov.dorsetcouncil.edu.synthetic.school.Phase;
import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform as a user meets it: the six applications started from their built
 * jars by the local launcher, the demo loaded through the gateway, then every call
 * through the gateway with a token, and a restart that keeps the data. The platform is
 * shared with the other end-to-end classes ({@link SharedPlatform}): each test writes to
 * records of its own or compares with what it read before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
class PlatformEndToEndIT {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.shared();

	private final County demo = County.demo();

	private SharedPlatform.Running shared;

	private LocalPlatform platform;

	private DemoLoader.Loaded loaded;

	private final School school = this.demo.schools().get(0);

	private final School otherSchool = this.demo.schools().get(1);

	@BeforeAll
	void usePlatform(SharedPlatform.Running shared) {
		this.shared = shared;
		this.platform = shared.platform();
		this.loaded = shared.firstLoad();
	}

	@Test
	@Order(1)
	void theDemoLoadsThroughTheGatewayAndEveryServiceIsHealthy() throws Exception {
		assertThat(this.loaded.alreadyThere()).isFalse();
		assertThat(this.loaded.schools()).isEqualTo(12);
		assertThat(this.loaded.pupils()).isEqualTo(this.demo.pupils().size()).isGreaterThan(650);
		assertThat(this.loaded.closures()).isEqualTo(12 * 5);
		assertThat(this.loaded.registers()).isGreaterThan(12 * 2 * 40);
		assertThat(this.loaded.marks())
			.isEqualTo(this.demo.schools().stream().mapToLong(s -> this.demo.marks(s).count()).sum());
		assertThat(this.loaded.plans()).isEqualTo(this.demo.pupils().stream().filter(County::hasEhcPlan).count())
			.isGreaterThan(10);

		HttpResponse<String> health = get("/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(read(health).at("/status").asString()).isEqualTo("UP");
	}

	@Test
	@Order(1)
	void everyServiceAnswersTheStandardGrpcHealthCheck() {
		for (LocalPlatform.Service service : this.platform.settings().services()) {
			if (service.grpcPort() == 0) {
				continue;
			}
			ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", service.grpcPort())
				.usePlaintext()
				.build();
			try {
				HealthCheckResponse health = HealthGrpc.newBlockingStub(channel)
					.withDeadlineAfter(5, TimeUnit.SECONDS)
					.check(HealthCheckRequest.getDefaultInstance());
				assertThat(health.getStatus()).as(service.name()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
			}
			finally {
				channel.shutdownNow();
			}
		}
	}

	@Test
	@Order(2)
	void withoutAValidTokenNothingIsAnswered() throws Exception {
		String upn = pupilOf(this.school).upn();
		HttpResponse<String> none = get("/api/v1/attendance/pupils/" + upn + "/attendance", null);
		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(get("/api/v1/attendance/pupils/" + upn + "/attendance", "not-a-token").statusCode()).isEqualTo(401);
	}

	@Test
	@Order(3)
	void aSchoolSeesItsOwnPupilsAndIsRefusedAnotherSchools() throws Exception {
		String token = schoolToken(this.school);
		HttpResponse<String> own = get("/api/v1/attendance/pupils/" + pupilOf(this.school).upn() + "/attendance",
				token);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(read(own).at("/combined/possibleSessions").asInt()).isPositive();

		HttpResponse<String> other = get("/api/v1/attendance/pupils/" + pupilOf(this.otherSchool).upn() + "/attendance",
				token);
		assertThat(other.statusCode()).isEqualTo(403);

		HttpResponse<String> writeElsewhere = send("PUT",
				"/api/v1/attendance/schools/" + this.otherSchool.urn() + "/registers/2026-11-18/AM", token,
				Map.of("marks", List.of(Map.of("upn", pupilOf(this.otherSchool).upn(), "code", "/"))));
		assertThat(writeElsewhere.statusCode()).isEqualTo(403);
	}

	@Test
	@Order(4)
	void aRegisterChangeShowsInTheSummaryAndTheSameRegisterTwiceChangesNothing() throws Exception {
		String token = schoolToken(this.school);
		Pupil pupil = pupilOf(this.school);
		LocalDate date = LocalDate.of(2026, 11, 18);
		String path = "/api/v1/attendance/schools/" + this.school.urn() + "/registers/" + date + "/AM";
		// The demo's morning register for that day, with this pupil marked absent without
		// reason (O).
		List<Map<String, String>> marks = this.demo.register(this.school, date, Session.AM)
			.stream()
			.map(m -> Map.of("upn", m.upn(), "code", m.upn().equals(pupil.upn()) ? "O" : m.code()))
			.toList();
		String before = this.demo.register(this.school, date, Session.AM)
			.stream()
			.filter(m -> m.upn().equals(pupil.upn()))
			.findFirst()
			.orElseThrow()
			.code();
		JsonNode summaryBefore = summary(pupil.upn(), token);

		assertThat(send("PUT", path, token, Map.of("marks", marks)).statusCode()).isEqualTo(200);
		JsonNode summaryAfter = summary(pupil.upn(), token);
		assertThat(send("PUT", path, token, Map.of("marks", marks)).statusCode()).isEqualTo(200);
		JsonNode summaryAgain = summary(pupil.upn(), token);

		int unauthorisedBefore = summaryBefore.at("/combined/unauthorisedAbsenceSessions").asInt();
		int expectedDelta = List.of("G", "N", "O", "U").contains(before) ? 0 : 1;
		assertThat(summaryAfter.at("/combined/unauthorisedAbsenceSessions").asInt())
			.isEqualTo(unauthorisedBefore + expectedDelta);
		assertThat(summaryAfter.at("/combined/possibleSessions").asInt())
			.isEqualTo(summaryBefore.at("/combined/possibleSessions").asInt());
		assertThat(summaryAgain.get("combined")).isEqualTo(summaryAfter.get("combined"));
	}

	@Test
	@Order(5)
	void badInputIsAProblemNamingTheFieldAndNothingIsStored() throws Exception {
		String token = schoolToken(this.school);
		Pupil pupil = pupilOf(this.school);
		String path = "/api/v1/attendance/schools/" + this.school.urn() + "/registers/2026-11-19/PM";
		JsonNode registerBefore = read(get(path, token));

		HttpResponse<String> badUpn = send("PUT", path, token, Map.of("marks",
				List.of(Map.of("upn", pupil.upn(), "code", "O"), Map.of("upn", "A801200005001", "code", "/"))));
		assertThat(badUpn.statusCode()).isEqualTo(400);
		assertThat(badUpn.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(read(badUpn).at("/errors/0/field").asString()).isEqualTo("marks[1].upn");

		HttpResponse<String> badCode = send("PUT", path, token,
				Map.of("marks", List.of(Map.of("upn", pupil.upn(), "code", "H"))));
		assertThat(badCode.statusCode()).isEqualTo(400);
		assertThat(read(badCode).at("/errors/0/field").asString()).isEqualTo("marks[0].code");

		HttpResponse<String> weekend = send("PUT",
				"/api/v1/attendance/schools/" + this.school.urn() + "/registers/2026-11-21/AM", token,
				Map.of("marks", List.of(Map.of("upn", pupil.upn(), "code", "/"))));
		assertThat(weekend.statusCode()).isIn(400, 422);

		assertThat(read(get(path, token))).isEqualTo(registerBefore);
	}

	/**
	 * A school's DSL records a suspension through the gateway (the belonging service asks
	 * attendance for the school's calendar and roll over gRPC), refusals name the field,
	 * and the LA sees it with its steps and in the deadlines of the week.
	 */
	@Test
	@Order(6)
	void aSchoolRecordsASuspensionAndTheLocalAuthoritySeesItsStepsInTheWeeksDeadlines() throws Exception {
		assertThat(this.loaded.exclusions())
			.isEqualTo(this.demo.schools().stream().mapToInt(s -> this.demo.exclusions(s).size()).sum())
			.isPositive();
		String dsl = this.platform.issuer().tokenFor("school-dsl", this.school.urn());
		Pupil pupil = pupilOf(this.school);
		Set<LocalDate> taken = this.demo.exclusions(this.school)
			.stream()
			.filter(e -> e.upn().equals(pupil.upn()))
			.map(GeneratedExclusion::startDate)
			.collect(Collectors.toSet());
		LocalDate start = LocalDate.parse("2026-11-16");
		while (!this.demo.schoolDays().isSchoolDay(this.school.urn(), start) || taken.contains(start)) {
			start = start.plusDays(1);
		}
		Map<String, Object> suspension = Map.of("upn", pupil.upn(), "schoolUrn", this.school.urn(), "type",
				"SUSPENSION", "startDate", start.toString(), "schoolDays", 6, "reasons", List.of("DB"), "decidedBy",
				"Headteacher");

		HttpResponse<String> recorded = send("POST", "/api/v1/belonging/exclusions", dsl, suspension);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		JsonNode held = read(recorded);
		Map<String, String> due = new java.util.HashMap<>();
		for (JsonNode step : held.at("/steps")) {
			due.put(step.at("/kind").asString(), step.at("/dueDate").asString());
		}
		assertThat(due).containsKeys("PARENT_NOTICE", "SIXTH_DAY_PROVISION");

		Map<String, Object> saturday = new java.util.HashMap<>(suspension);
		saturday.put("startDate", "2026-11-21");
		HttpResponse<String> weekend = send("POST", "/api/v1/belonging/exclusions", dsl, saturday);
		assertThat(weekend.statusCode()).isEqualTo(422);
		assertThat(read(weekend).at("/errors/0/field").asString()).isEqualTo("startDate");
		Map<String, Object> notOurs = new java.util.HashMap<>(suspension);
		notOurs.put("upn", pupilOf(this.otherSchool).upn());
		HttpResponse<String> offRoll = send("POST", "/api/v1/belonging/exclusions", dsl, notOurs);
		assertThat(offRoll.statusCode()).isEqualTo(422);
		assertThat(read(offRoll).at("/errors/0/field").asString()).isEqualTo("upn");

		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		HttpResponse<String> seen = get("/api/v1/belonging/exclusions/" + held.at("/id").asString(), la);
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(read(seen).at("/schoolDays").asString()).isEqualTo("6");
		JsonNode week = read(get("/api/v1/deadlines/this-week?date=" + due.get("SIXTH_DAY_PROVISION"), la));
		assertThat(week.at("/sources/belonging/status").asString()).isEqualTo("AVAILABLE");
		List<String> kinds = new java.util.ArrayList<>();
		for (JsonNode deadline : week.at("/deadlines")) {
			if (deadline.at("/upn").asString().equals(pupil.upn())) {
				kinds.add(deadline.at("/kind").asString());
			}
		}
		assertThat(kinds).contains("SIXTH_DAY_PROVISION");
	}

	/**
	 * The demo's year of EHC needs assessment requests: the caseworker's queue puts the
	 * soonest breach first and each of its steps is in the deadlines of its week, a SENCO
	 * sees only the school's pupils, and the Education Board analyst sees the county's
	 * figures with small numbers hidden.
	 */
	@Test
	@Order(6)
	void aYearOfAssessmentRequestsIsInTheQueuesTheDeadlinesAndTheFigures() throws Exception {
		assertThat(this.loaded.assessments()).isEqualTo(this.demo.assessments().size()).isPositive();
		String caseworker = this.platform.issuer().tokenFor("send-caseworker", null);

		JsonNode queue = read(get("/api/v1/send/assessment-queue?size=100", caseworker));
		List<String> due = new java.util.ArrayList<>();
		queue.at("/items").forEach(item -> due.add(item.at("/dueDate").asString()));
		assertThat(due).isNotEmpty().isSorted();
		JsonNode first = queue.at("/items/0");
		JsonNode week = read(get("/api/v1/deadlines/this-week?date=" + first.at("/dueDate").asString(), caseworker));
		List<String> kinds = new java.util.ArrayList<>();
		week.at("/deadlines").forEach(d -> kinds.add(d.at("/upn").asString() + " " + d.at("/kind").asString()));
		week.at("/overdue").forEach(d -> kinds.add(d.at("/upn").asString() + " " + d.at("/kind").asString()));
		assertThat(kinds).contains(first.at("/upn").asString() + " " + first.at("/kind").asString());

		String senco = this.platform.issuer().tokenFor("senco", this.school.urn());
		JsonNode own = read(get("/api/v1/send/assessment-queue?size=100", senco));
		own.at("/items").forEach(item -> assertThat(item.at("/schoolUrn").asString()).isEqualTo(this.school.urn()));

		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		HttpResponse<String> figures = get("/api/v1/send/assessment-measures", analyst);
		assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
		assertThat(read(figures).at("/suppressed").asBoolean()).isTrue();
		assertThat(get("/api/v1/send/assessment-queue", analyst).statusCode()).isEqualTo(403);

		// the plans' last reviews were recorded through the review endpoints (ADR 0037)
		JsonNode reviews = read(get("/api/v1/send/review-measures?from=2019-01-01", caseworker));
		assertThat(reviews.at("/held").asLong()).isPositive();
		assertThat(reviews.at("/onTime").asLong()).isEqualTo(reviews.at("/held").asLong());
		HttpResponse<String> sen2 = get("/api/v1/send/sen2-export", analyst);
		assertThat(sen2.statusCode()).as(sen2.body()).isEqualTo(200);
		assertThat(sen2.body()).startsWith("census_date,la_code,section,measure,breakdown,value");
		JsonNode sen2Full = read(get("/api/v1/send/sen2-measures", caseworker));
		assertThat(sen2Full.at("/suppressed").asBoolean()).isFalse();
		assertThat(sen2Full.at("/rows").size()).isGreaterThan(40);
	}

	/**
	 * A school's DSL records a part-time timetable through the gateway (the belonging
	 * service asks attendance for the roll, and for the register's C2 marks), refusals
	 * name the field, the LA lists it among the alerts and the Education Board analyst is
	 * refused.
	 */
	@Test
	@Order(6)
	void aSchoolRecordsAPartTimeTimetableAndTheLocalAuthoritySeesItsAlerts() throws Exception {
		LocalDate today = LocalDate.now();
		assertThat(this.loaded.partTimeTimetables()).isEqualTo(this.demo.schools()
			.stream()
			.mapToLong(s -> this.demo.partTimeTimetables(s)
				.stream()
				.filter(t -> !t.parentAgreedOn().isAfter(today))
				.count())
			.sum());
		String dsl = this.platform.issuer().tokenFor("school-dsl", this.school.urn());
		Set<String> onOne = this.demo.partTimeTimetables(this.school)
			.stream()
			.map(GeneratedTimetable::upn)
			.collect(Collectors.toSet());
		Pupil pupil = this.demo.pupilsOnRollBy(this.school)
			.stream()
			.filter(p -> !p.admissionDate().isAfter(this.demo.scale().from()))
			.filter(p -> p.leavingDate() == null || p.leavingDate().isAfter(this.demo.scale().to()))
			.filter(p -> p.yearGroup() >= 1 && !onOne.contains(p.upn()))
			.findFirst()
			.orElseThrow();
		Map<String, Object> timetable = new java.util.HashMap<>(
				Map.of("upn", pupil.upn(), "schoolUrn", this.school.urn(), "startDate", "2026-09-14", "hoursPerWeek",
						12.5, "reason", "MEDICAL_CONDITION", "parentAgreedOn", "2026-09-10", "reintegrationPlan",
						"Mornings first, then a day more a fortnight.", "reviewDates", List.of("2026-10-12")));

		HttpResponse<String> recorded = send("POST", "/api/v1/belonging/part-time-timetables", dsl, timetable);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		String id = read(recorded).at("/id").asString();

		Map<String, Object> backwards = new java.util.HashMap<>(timetable);
		backwards.put("endDate", "2026-09-01");
		HttpResponse<String> outOfOrder = send("POST", "/api/v1/belonging/part-time-timetables", dsl, backwards);
		assertThat(outOfOrder.statusCode()).isEqualTo(400);
		assertThat(read(outOfOrder).at("/errors/0/field").asString()).isEqualTo("endDate");
		Map<String, Object> notOurs = new java.util.HashMap<>(timetable);
		notOurs.put("upn", pupilOf(this.otherSchool).upn());
		HttpResponse<String> offRoll = send("POST", "/api/v1/belonging/part-time-timetables", dsl, notOurs);
		assertThat(offRoll.statusCode()).isEqualTo(422);
		assertThat(read(offRoll).at("/errors/0/field").asString()).isEqualTo("upn");

		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		JsonNode alerts = read(get("/api/v1/belonging/part-time-timetables/alerts?alert=NO_END_DATE&size=100", la));
		List<String> listed = new java.util.ArrayList<>();
		for (JsonNode item : alerts.at("/items")) {
			listed.add(item.at("/id").asString());
		}
		assertThat(listed).contains(id);
		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		assertThat(get("/api/v1/belonging/part-time-timetables/alerts", analyst).statusCode()).isEqualTo(403);
	}

	/**
	 * The county's suspension rates by locality, over the demo's suspensions and the
	 * rolls attendance holds: in full for the LA, with small numbers hidden for the
	 * Education Board analyst.
	 */
	@Test
	@Order(6)
	void theLocalAuthorityAndTheAnalystReadTheCountysSuspensionRates() throws Exception {
		long suspensions = this.demo.schools()
			.stream()
			.flatMap(s -> this.demo.exclusions(s).stream())
			.filter(e -> !e.permanent())
			.count();
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		HttpResponse<String> full = get("/api/v1/belonging/rates?year=2026/27", la);
		assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
		JsonNode county = read(full);
		assertThat(county.at("/suppressed").asBoolean()).isFalse();
		assertThat(county.at("/by").asString()).isEqualTo("LOCALITY");
		assertThat(county.at("/total/suspensions/value").asLong()).isGreaterThanOrEqualTo(suspensions);
		assertThat(county.at("/total/enrolments/value").asLong()).isPositive();

		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		HttpResponse<String> published = get("/api/v1/belonging/rates?year=2026/27&by=SEX", analyst);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(read(published).at("/suppressed").asBoolean()).isTrue();
	}

	/**
	 * The pledges as the demo loaded them (ADR 0039): every commitment of both pledges
	 * with its measures; a platform measure read from attendance with its provenance; the
	 * autumn 2026 Board report made by the analyst with the override and its reason, and
	 * the same report as a web page; an owner changes only what they were named owner of.
	 */
	@Test
	@Order(6)
	void theAnalystReadsTheBoardReportAndAnOwnerChangesOnlyTheirOwnCommitment() throws Exception {
		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		JsonNode commitments = read(get("/api/v1/pledges/commitments", analyst));
		assertThat(commitments.at("/commitments").size()).isEqualTo(17);
		assertThat(commitments.at("/commitments").valueStream().filter(c -> c.at("/measures").isEmpty()).count())
			.isZero();

		JsonNode fsm = read(get("/api/v1/pledges/commitments/STUDENT-3/measures", analyst));
		assertThat(fsm.at("/measures/0/state").asString()).isEqualTo("AVAILABLE");
		assertThat(fsm.at("/measures/0/platform/service").asString()).isEqualTo("attendance-service");
		assertThat(fsm.at("/measures/0/platform/asOf").asString()).isNotBlank();

		HttpResponse<String> report = get("/api/v1/pledges/reports/2026-11-26", analyst);
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		JsonNode made = read(report);
		assertThat(made.at("/commitments").size()).isEqualTo(17);
		JsonNode safeSpaces = made.at("/commitments/8");
		assertThat(safeSpaces.at("/key").asString()).isEqualTo("STUDENT-9");
		assertThat(safeSpaces.at("/derived").asString()).isEqualTo("GREEN");
		assertThat(safeSpaces.at("/status").asString()).isEqualTo("AMBER");
		assertThat(safeSpaces.at("/override/reason").asString()).contains("lease");
		HttpResponse<String> page = this.http
			.send(HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + "/api/v1/pledges/reports/2026-11-26"))
				.header("Authorization", "Bearer " + analyst)
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("STUDENT-9 Safe places in the community: AMBER", "72.5 PERCENT");
		HttpResponse<byte[]> pdf = download("/api/v1/pledges/reports/2026-11-26", analyst, "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("pledges-board-report-2026-11-26.pdf");

		JsonNode update = read(get("/api/v1/pledges/reports/2026-07-09/stakeholder-update", analyst));
		assertThat(update.at("/items").size()).isEqualTo(17);
		JsonNode safePlaces = update.at("/items/8");
		assertThat(safePlaces.at("/figures/0/text").asString()).isNotBlank();
		assertThat(safePlaces.at("/figures/0/asOf").asString()).isNotBlank();
		HttpResponse<byte[]> csv = download("/api/v1/pledges/reports/2026-07-09/stakeholder-update", analyst,
				"text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(
				"STUDENT-9,STUDENT," + safePlaces.at("/title").asString(), safePlaces.at("/figures/0/text").asString(),
				safePlaces.at("/figures/0/asOf").asString());
		HttpResponse<byte[]> updatePdf = download("/api/v1/pledges/reports/2026-07-09/stakeholder-update", analyst,
				"application/pdf");
		assertThat(updatePdf.statusCode()).isEqualTo(200);
		assertThat(new String(updatePdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String owner = this.platform.issuer().tokenFor("pledge-owner", null);
		JsonNode trips = read(get("/api/v1/pledges/commitments/STUDENT-6", owner));
		Map<String, Object> change = Map.of("status", "AT_RISK", "owner",
				Map.of("name", trips.at("/owner/name").asString(), "subject", trips.at("/owner/subject").asString()));
		assertThat(send("PUT", "/api/v1/pledges/commitments/STUDENT-6", owner, change).statusCode()).isEqualTo(200);
		assertThat(
				send("PUT", "/api/v1/pledges/commitments/STUDENT-5", owner, Map.of("status", "AT_RISK")).statusCode())
			.isEqualTo(403);
		assertThat(send("POST", "/api/v1/pledges/reports", owner, Map.of("meeting", "2027-03-11")).statusCode())
			.isEqualTo(403);
	}

	private HttpResponse<byte[]> download(String path, String token, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	@Order(6)
	void sendShowsTheAttendanceOfAChildWithAnEhcPlanReadOverGrpc() throws Exception {
		School special = this.demo.schools().stream().filter(s -> s.phase() == Phase.SPECIAL).findFirst().orElseThrow();
		Pupil pupil = pupilWithAPlan(special);
		String caseworker = this.platform.issuer().tokenFor("send-caseworker", null);

		HttpResponse<String> plan = get("/api/v1/send/ehc-plans/" + pupil.upn(), caseworker);
		assertThat(plan.statusCode()).isEqualTo(200);
		JsonNode body = read(plan);
		assertThat(body.at("/attendance/status").asString()).isEqualTo("AVAILABLE");
		JsonNode direct = summary(pupil.upn(), caseworker);
		assertThat(body.at("/attendance/summary/possibleSessions").asInt())
			.isEqualTo(direct.at("/combined/possibleSessions").asInt())
			.isPositive();
	}

	/**
	 * The one document partners generate clients from, as the running platform serves it
	 * with every service's paths merged in: valid OpenAPI 3.1, and a contract without
	 * gaps (ADR 0026).
	 */
	@Test
	@Order(6)
	void theMergedApiDocumentIsValidOpenApi31() throws Exception {
		HttpResponse<String> served = get("/v3/api-docs", null);
		assertThat(served.statusCode()).isEqualTo(200);
		JsonNode document = read(served);
		assertThat(document.path("paths").propertyNames()).anyMatch(path -> path.startsWith("/api/v1/attendance/"))
			.anyMatch(path -> path.startsWith("/api/v1/send/"))
			.contains("/api/v1/children/{upn}/profile");
		assertThat(OpenApi31Schema.problems(document)).isEmpty();
		assertThat(ApiContractGaps.of(document)).isEmpty();
		assertThat(ApiContractGaps.formats(document)).isEmpty();
	}

	@Test
	@Order(6)
	void theGatewayAssemblesAChildsProfileAndThePoliceSeeOnlyWhatTheirAgreementReleases() throws Exception {
		School special = this.demo.schools().stream().filter(s -> s.phase() == Phase.SPECIAL).findFirst().orElseThrow();
		String upn = pupilWithAPlan(special).upn();
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		JsonNode full = read(get("/api/v1/children/" + upn + "/profile", la));
		assertThat(full.at("/parts/attendance/status").asString()).isEqualTo("AVAILABLE");
		assertThat(full.at("/parts/ehcPlan/status").asString()).isEqualTo("AVAILABLE");

		String unknown = Upn.withCheckLetter("838999999999").value();
		HttpResponse<String> nobody = get("/api/v1/children/" + unknown + "/profile", la);
		assertThat(nobody.statusCode()).as("a child no service holds: " + nobody.body()).isEqualTo(404);

		String police = this.platform.issuer().tokenFor("police-encompass-officer", null);
		assertThat(get("/api/v1/children/" + upn + "/profile", police).statusCode()).as("no agreement named")
			.isEqualTo(403);
		HttpResponse<String> underAgreement = get(
				"/api/v1/children/" + upn + "/profile?purpose=OPERATION_ENCOMPASS&agreement=DSA-OPERATION-ENCOMPASS",
				police);
		assertThat(underAgreement.statusCode()).as(underAgreement.body()).isEqualTo(200);
		JsonNode released = read(underAgreement);
		assertThat(released.at("/parts/attendance/status").asString()).isEqualTo("AVAILABLE");
		assertThat(released.at("/parts/ehcPlan/status").asString()).isEqualTo("WITHHELD");
		assertThat(get("/api/v1/attendance/pupils/" + upn + "/attendance", police).statusCode())
			.as("partners never reach a service route directly")
			.isEqualTo(403);

		String auditor = this.platform.issuer().tokenFor("auditor", null);
		JsonNode chain = read(verifyAuditLog(auditor));
		assertThat(chain.at("/intact").asBoolean()).isTrue();
		assertThat(chain.at("/checked").asInt()).isGreaterThanOrEqualTo(3);
	}

	/**
	 * Find a child (ADR 0027) with the demo's postcodes and NHS numbers: the LA with a
	 * purpose and the police under their agreement find the pupil from what they hold, a
	 * school and a weak query are refused, and the audit names every child released.
	 */
	@Test
	@Order(6)
	void theLaAndThePoliceFindAChildFromWhatTheyHoldAndTheAuditNamesEveryCandidate() throws Exception {
		Pupil pupil = pupilOf(this.otherSchool);
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		Map<String, Object> asHeld = Map.of("familyName", pupil.familyName().toUpperCase(java.util.Locale.ROOT),
				"givenName", pupil.givenName(), "dateOfBirth", pupil.dateOfBirth().toString(), "postcode",
				pupil.postcode().replace(" ", "").toLowerCase(java.util.Locale.ROOT), "purpose",
				"CHILDREN_MISSING_EDUCATION");
		HttpResponse<String> found = send("POST", "/api/v1/children/search", la, asHeld);
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		JsonNode best = read(found).at("/candidates/0");
		assertThat(best.at("/upn").asString()).isEqualTo(pupil.upn());
		assertThat(best.at("/score").asInt()).isEqualTo(90);
		assertThat(best.at("/schools/0").asString()).isEqualTo(this.otherSchool.urn());
		assertThat(read(found).at("/candidates").size()).isLessThanOrEqualTo(5);

		String police = this.platform.issuer().tokenFor("police-encompass-officer", null);
		Map<String, Object> byNhsNumber = Map.of("nhsNumber", pupil.nhsNumber(), "purpose", "OPERATION_ENCOMPASS",
				"agreement", "DSA-OPERATION-ENCOMPASS");
		HttpResponse<String> underAgreement = send("POST", "/api/v1/children/search", police, byNhsNumber);
		assertThat(underAgreement.statusCode()).as(underAgreement.body()).isEqualTo(200);
		assertThat(read(underAgreement).at("/candidates/0/upn").asString()).isEqualTo(pupil.upn());
		assertThat(read(underAgreement).at("/candidates/0/matched/0/field").asString()).isEqualTo("NHS_NUMBER");
		assertThat(send("POST", "/api/v1/children/search", police, Map.of("nhsNumber", pupil.nhsNumber())).statusCode())
			.as("no agreement named")
			.isEqualTo(403);

		HttpResponse<String> weak = send("POST", "/api/v1/children/search", la,
				Map.of("familyName", pupil.familyName(), "purpose", "CHILDREN_MISSING_EDUCATION"));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(read(weak).at("/errors/0/field").asString()).isEqualTo("dateOfBirth");
		assertThat(send("POST", "/api/v1/children/search", schoolToken(this.school), asHeld).statusCode())
			.as("a school does not search the county")
			.isEqualTo(403);

		String auditor = this.platform.issuer().tokenFor("auditor", null);
		JsonNode record = read(get("/api/v1/audit/records?subject=dev-police-encompass-officer&size=1", auditor))
			.at("/items/0");
		assertThat(record.at("/action").asString()).isEqualTo("POST /api/v1/children/search");
		assertThat(record.at("/outcome").asString()).isEqualTo("REFUSED");
		JsonNode released = read(get("/api/v1/audit/records?subject=dev-la-inclusion-officer&size=1", auditor))
			.at("/items/0");
		assertThat(released.at("/action").asString()).isEqualTo("POST /api/v1/children/search");
		assertThat(released.at("/purpose").asString()).isEqualTo("CHILDREN_MISSING_EDUCATION");
		assertThat(released.at("/children/0").asString()).isEqualTo(pupil.upn());
		assertThat(released.at("/children").size()).isEqualTo(read(found).at("/candidates").size());
	}

	@Test
	@Order(6)
	void aSchoolImportsACsvOfMarksThroughTheGatewayAndBadRowsAreReportedByNumber() throws Exception {
		String token = schoolToken(this.school);
		Pupil pupil = pupilOf(this.school);
		String csv = "urn,upn,date,session,code\n" + this.school.urn() + "," + pupil.upn() + ",2026-11-17,AM,M\n"
				+ this.school.urn() + "," + pupil.upn() + ",2026-11-17,PM,Q9\n" + this.otherSchool.urn() + ","
				+ pupilOf(this.otherSchool).upn() + ",2026-11-17,AM,/\n";
		HttpResponse<String> submitted = this.http
			.send(HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + "/api/v1/attendance/imports"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "text/csv")
				.header("Idempotency-Key", "e2e-import-1")
				.POST(HttpRequest.BodyPublishers.ofString(csv))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		String location = submitted.headers().firstValue("Location").orElseThrow();

		JsonNode job = read(get(location, token));
		for (int i = 0; i < 100 && !List.of("COMPLETED", "FAILED").contains(job.at("/status").asString()); i++) {
			Thread.sleep(100);
			job = read(get(location, token));
		}
		assertThat(job.at("/status").asString()).isEqualTo("COMPLETED");
		assertThat(job.at("/rowsStored").asInt()).isEqualTo(1);
		assertThat(job.at("/rowsRejected").asInt()).isEqualTo(2);
		assertThat(job.at("/rejections/0/row").asInt()).isEqualTo(2);
		assertThat(job.at("/rejections/0/field").asString()).isEqualTo("code");
		assertThat(job.at("/rejections/1/row").asInt()).isEqualTo(3);
		assertThat(job.at("/rejections/1/field").asString()).isEqualTo("urn");

		JsonNode register = read(
				get("/api/v1/attendance/schools/" + this.school.urn() + "/registers/2026-11-17/AM", token));
		assertThat(register.toString()).contains("\"" + pupil.upn() + "\"").contains("\"M\"");
	}

	@Test
	@Order(6)
	void theCountyAndItsLocalitiesAreMeasuredAndChildrenWhoNeedHelpAreListed() throws Exception {
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		HttpResponse<String> county = get("/api/v1/attendance/measures/local-authority?scope=ALL_PUPILS", la);
		assertThat(county.statusCode()).as(county.body()).isEqualTo(200);
		JsonNode measures = read(county);
		double absence = measures.at("/total/overallAbsenceRate/value").asDouble();
		assertThat(absence).isBetween(3.0, 20.0);
		assertThat(measures.at("/total/persistentAbsentees/value").asInt()).isPositive();
		assertThat(measures.at("/groups").toString()).contains("CHESIL", "PURBECK", "SECONDARY");

		HttpResponse<String> alerts = get("/api/v1/attendance/alerts?size=50", la);
		assertThat(alerts.statusCode()).as(alerts.body()).isEqualTo(200);
		assertThat(read(alerts).at("/items").size()).isPositive();
		assertThat(read(alerts).at("/items/0/reason").asString()).isNotBlank();
		assertThat(alerts.headers().firstValue("Link")).hasValueSatisfying((link) -> assertThat(link)
			.contains("</api/v1/attendance/alerts?page=0&size=50>; rel=\"first\"", "rel=\"last\""));

		String school = schoolToken(this.school);
		assertThat(get("/api/v1/attendance/measures/local-authority", school).statusCode()).isEqualTo(403);

		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		HttpResponse<String> published = get("/api/v1/attendance/measures/local-authority", analyst);
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(read(published).at("/suppressed").asBoolean()).isTrue();
		assertThat(get("/api/v1/attendance/pupils/" + pupilOf(this.school).upn() + "/attendance", analyst).statusCode())
			.isEqualTo(403);
	}

	@Test
	@Order(6)
	void aLocalityOfficerSeesTheirLocalitysSchoolsAndPupilsAndNoOtherLocalitys() throws Exception {
		School chesil = this.demo.schools()
			.stream()
			.filter(s -> s.locality() == Locality.CHESIL)
			.findFirst()
			.orElseThrow();
		School north = this.demo.schools()
			.stream()
			.filter(s -> s.locality() == Locality.NORTH)
			.findFirst()
			.orElseThrow();
		String officer = this.platform.issuer().tokenFor("locality-inclusion-officer", null);
		HttpResponse<String> own = get("/api/v1/attendance/pupils/" + pupilOf(chesil).upn() + "/attendance", officer);
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(get("/api/v1/attendance/pupils/" + pupilOf(north).upn() + "/attendance", officer).statusCode())
			.isEqualTo(403);
		HttpResponse<String> area = get("/api/v1/attendance/measures/localities/CHESIL", officer);
		assertThat(area.statusCode()).as(area.body()).isEqualTo(200);
		assertThat(get("/api/v1/attendance/measures/localities/NORTH", officer).statusCode()).isEqualTo(403);

		String northOfficer = this.platform.issuer().tokenFor("locality-inclusion-officer", null, "NORTH");
		assertThat(get("/api/v1/attendance/pupils/" + pupilOf(north).upn() + "/attendance", northOfficer).statusCode())
			.isEqualTo(200);
	}

	/**
	 * The demo's eligibility decisions, made by the transport officer through the gateway
	 * over the embedded router: the school reads its pupil's decision with its
	 * explanation, the Board analyst is refused, and a home outside the county is a
	 * problem naming the field.
	 */
	@Test
	@Order(6)
	void theTransportOfficersDecisionsExplainThemselvesToTheSchoolAndNotToTheAnalyst() throws Exception {
		School mainstream = this.demo.schools().stream().filter(s -> s.phase().mainstream()).findFirst().orElseThrow();
		Pupil pupil = firstAssessed(mainstream);
		String officer = this.platform.issuer().tokenFor("transport-officer", null);
		HttpResponse<String> held = get("/api/v1/transport/eligibility/pupils/" + pupil.upn(), officer);
		assertThat(held.statusCode()).isEqualTo(200);
		JsonNode decision = read(held).at("/decisions/0");
		assertThat(decision.at("/outcome").asString()).isIn("ELIGIBLE", "NOT_ELIGIBLE");
		assertThat(decision.at("/explanation/measurements/0/provider").asString()).isEqualTo("embedded-network");
		assertThat(decision.at("/explanation/schoolsCompared/0/order").asInt()).isEqualTo(1);

		String dsl = this.platform.issuer().tokenFor("school-dsl", mainstream.urn());
		HttpResponse<String> bySchool = get(
				"/api/v1/transport/eligibility/assessments/" + decision.at("/id").asString(), dsl);
		assertThat(bySchool.statusCode()).isEqualTo(200);
		assertThat(read(bySchool).at("/explanation/findings")).isEqualTo(decision.at("/explanation/findings"));

		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		assertThat(get("/api/v1/transport/eligibility/pupils/" + pupil.upn(), analyst).statusCode()).isEqualTo(403);

		Map<String, Object> outside = Map.of("upn", pupil.upn(), "dateOfBirth", pupil.dateOfBirth().toString(),
				"latitude", 51.5, "longitude", -0.12, "schoolUrn", mainstream.urn());
		HttpResponse<String> refused = send("POST", "/api/v1/transport/eligibility/assessments", officer, outside);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(read(refused).at("/errors/0/field").asString()).isEqualTo("latitude");
		assertThat(send("POST", "/api/v1/transport/eligibility/assessments", dsl, outside).statusCode()).isEqualTo(403);
	}

	/**
	 * The demo's applications and its disruption through the gateway (ADR 0038): the
	 * officer reads the pupil's decided application and the letter the family reads, the
	 * school reads it too, the analyst is refused; the snow day resolved to the pupils
	 * travelling to the school, which reads its own part.
	 */
	@Test
	@Order(6)
	void theDemosApplicationsLettersAndDisruptionReadThroughTheGateway() throws Exception {
		School mainstream = this.demo.schools().stream().filter(s -> s.phase().mainstream()).findFirst().orElseThrow();
		Pupil pupil = firstAssessed(mainstream);
		String officer = this.platform.issuer().tokenFor("transport-officer", null);
		HttpResponse<String> held = get("/api/v1/transport/applications/pupils/" + pupil.upn(), officer);
		assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
		JsonNode application = read(held).at("/applications/0");
		assertThat(application.at("/status").asString()).isIn("AWARDED", "REFUSED", "STAGE_1_REVIEW");
		String id = application.at("/id").asString();
		HttpResponse<String> letter = this.http.send(HttpRequest
			.newBuilder(URI.create(this.platform.gatewayUrl() + "/api/v1/transport/applications/" + id + "/letter"))
			.header("Authorization", "Bearer " + officer)
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(letter.statusCode()).as(letter.body()).isEqualTo(200);
		assertThat(letter.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(letter.body()).contains(id, application.at("/letter/heading").asString());

		String dsl = this.platform.issuer().tokenFor("school-dsl", mainstream.urn());
		assertThat(get("/api/v1/transport/applications/" + id, dsl).statusCode()).isEqualTo(200);
		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		assertThat(get("/api/v1/transport/applications/" + id, analyst).statusCode()).isEqualTo(403);

		// the demo's snow is on its loading day (or the weekday after): a week either
		// side,
		// so that a run across midnight still finds it
		LocalDate today = LocalDate.now();
		HttpResponse<String> disruptions = get(
				"/api/v1/transport/disruptions?from=" + today.minusDays(7) + "&to=" + today.plusDays(7), officer);
		assertThat(disruptions.statusCode()).as(disruptions.body()).isEqualTo(200);
		JsonNode snow = null;
		for (JsonNode each : read(disruptions).at("/disruptions")) {
			if (each.at("/description").asString().startsWith("Snow and ice")) {
				snow = each;
			}
		}
		assertThat(snow).as(disruptions.body()).isNotNull();
		assertThat(snow.at("/kind").asString()).isEqualTo("WEATHER");
		assertThat(snow.at("/pupils").asInt()).isPositive();
		String affected = snow.at("/schoolsAffected/0").asString();
		HttpResponse<String> bySchool = get("/api/v1/transport/disruptions/" + snow.at("/id").asString(),
				this.platform.issuer().tokenFor("school-dsl", affected));
		assertThat(bySchool.statusCode()).as(bySchool.body()).isEqualTo(200);
		assertThat(read(bySchool).at("/notices/0/recipient").asString()).isEqualTo(affected);

		// the awards have no route yet: entitled but not travelling (P5/001)
		HttpResponse<String> notTravelling = get("/api/v1/transport/entitled-not-travelling", officer);
		assertThat(notTravelling.statusCode()).as(notTravelling.body()).isEqualTo(200);
		assertThat(read(notTravelling).at("/pupils").toString()).contains("NO_ROUTE_ALLOCATED");
		assertThat(get("/api/v1/transport/entitled-not-travelling", dsl).statusCode()).isEqualTo(403);
	}

	/**
	 * The demo's alternative provision and managed move through the gateway (ADR 0036):
	 * the LA sees the unconfirmed move among the alerts and the year's placements; the
	 * demo's part-time timetables carry C2 afternoons, so none of them lacks C2 marks;
	 * the Education Board analyst reads the Belonging Plan's measures suppressed and is
	 * refused the pupil-level alerts.
	 */
	@Test
	@Order(6)
	void theDemosProvisionMovesAndMeasuresReadThroughTheGateway() throws Exception {
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		JsonNode alerts = read(get("/api/v1/belonging/ap-placements/alerts?size=100", la));
		List<String> kinds = new java.util.ArrayList<>();
		for (JsonNode item : alerts.at("/items")) {
			kinds.add(item.at("/alert").asString());
		}
		assertThat(kinds).contains("MOVE_NOT_CONFIRMED");
		JsonNode figures = read(get("/api/v1/belonging/ap-placements/statistics", la));
		assertThat(figures.at("/pupilsInProvision").asInt()).isGreaterThanOrEqualTo(2);

		Set<String> demoTimetables = this.demo.schools()
			.stream()
			.flatMap(s -> this.demo.partTimeTimetables(s).stream())
			.map(GeneratedTimetable::upn)
			.collect(Collectors.toSet());
		assertThat(demoTimetables).isNotEmpty();
		JsonNode noC2 = read(get("/api/v1/belonging/part-time-timetables/alerts?alert=NO_C2_MARKS&size=100", la));
		for (JsonNode item : noC2.at("/items")) {
			assertThat(demoTimetables).doesNotContain(item.at("/upn").asString());
		}

		String analyst = this.platform.issuer().tokenFor("education-board-analyst", null);
		HttpResponse<String> measures = get("/api/v1/belonging/measures", analyst);
		assertThat(measures.statusCode()).as(measures.body()).isEqualTo(200);
		assertThat(read(measures).at("/suppressed").asBoolean()).isTrue();
		assertThat(read(measures).at("/measures").size()).isEqualTo(19);
		assertThat(get("/api/v1/belonging/ap-placements/alerts", analyst).statusCode()).isEqualTo(403);
	}

	@Test
	void theDemosOperationEncompassWeekIsInTheSchoolsInboxAndTheLasQueueAndNotThePolices() throws Exception {
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		HttpResponse<String> queue = get("/api/v1/encompass/queue", la);
		assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
		List<String> queued = new java.util.ArrayList<>();
		for (JsonNode item : read(queue)) {
			queued.add(item.at("/policeReference").asString());
		}
		// the two children on no roll and the one the police hold under another name
		assertThat(queued).contains("DP/DEMO/3001", "DP/DEMO/3002", "DP/DEMO/2001");

		School first = this.demo.schools().get(0);
		String dsl = this.platform.issuer().tokenFor("school-dsl", first.urn());
		HttpResponse<String> inbox = get("/api/v1/encompass/inbox", dsl);
		assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
		List<String> delivered = new java.util.ArrayList<>();
		for (JsonNode item : read(inbox)) {
			delivered.add(item.at("/policeReference").asString());
			assertThat(item.at("/route/school").asString()).isEqualTo(first.urn());
			assertThat(item.at("/due").isNull()).isFalse();
		}
		// the first demo child, whose incident was on the last Friday evening
		assertThat(delivered).contains("DP/DEMO/1001").doesNotContain("DP/DEMO/3001", "DP/DEMO/3002");

		String police = this.platform.issuer().tokenFor("police-encompass-officer", null);
		assertThat(get("/api/v1/encompass/inbox", police).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/encompass/queue", dsl).statusCode()).isEqualTo(403);
	}

	@Test
	@Order(7)
	void dataSurvivesARestartOfTheLocalRun() throws Exception {
		Pupil pupil = pupilOf(this.school);
		String la = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		JsonNode before = summary(pupil.upn(), la);
		this.platform = this.shared.restart();
		DemoLoader.Loaded again = new DemoLoader(this.platform.gatewayUrl(), this.platform.issuer()).load(this.demo);
		assertThat(again.alreadyThere()).isTrue();
		String laAgain = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		assertThat(summary(pupil.upn(), laAgain).get("combined")).isEqualTo(before.get("combined"));
	}

	/** A pupil on the school's roll for the whole of the demo's registers. */
	private Pupil pupilOf(School school) {
		return this.demo.pupilsOnRollBy(school)
			.stream()
			.filter(p -> !p.admissionDate().isAfter(this.demo.scale().from()))
			.filter(p -> p.leavingDate() == null || p.leavingDate().isAfter(this.demo.scale().to()))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The first pupil of compulsory school age at a school: the demo assesses them first.
	 */
	private Pupil firstAssessed(School school) {
		return this.demo.pupilsOnRollBy(school)
			.stream()
			.filter(p -> p.yearGroup() >= 0 && p.yearGroup() <= 11)
			.findFirst()
			.orElseThrow();
	}

	private Pupil pupilWithAPlan(School school) {
		return this.demo.pupilsOnRollBy(school)
			.stream()
			.filter(County::hasEhcPlan)
			.filter(p -> !p.admissionDate().isAfter(this.demo.scale().from()))
			.findFirst()
			.orElseThrow();
	}

	private String schoolToken(School school) {
		return this.platform.issuer().tokenFor("school-attendance-lead", school.urn());
	}

	private JsonNode summary(String upn, String token) throws Exception {
		HttpResponse<String> response = get("/api/v1/attendance/pupils/" + upn + "/attendance", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return read(response);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return send("GET", path, token, null);
	}

	/**
	 * The whole audit log recomputed: every record the demo's load wrote (some tens of
	 * thousands), so it is given longer than one request on a shared, busy machine.
	 */
	private HttpResponse<String> verifyAuditLog(String token) throws Exception {
		return send("GET", "/api/v1/audit/verify", token, null, Duration.ofSeconds(120));
	}

	private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
		return send(method, path, token, body, Duration.ofSeconds(30));
	}

	private HttpResponse<String> send(String method, String path, String token, Object body, Duration timeout)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + path))
			.timeout(timeout);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
