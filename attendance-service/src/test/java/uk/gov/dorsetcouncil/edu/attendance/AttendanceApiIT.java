package uk.gov.dorsetcouncil.edu.attendance;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AreaSummary;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetLocalAuthoritySummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetPupilAttendanceSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.GetSchoolSummaryRequest;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.Period;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.PupilAttendanceSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static uk.gov.dorsetcouncil.edu.attendance.support.Api.LA;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * The REST API on a running service with the in-memory store, called with the caller
 * headers the gateway sets. "Today" is Monday 23 November 2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
@Import(FixedClock.class)
class AttendanceApiIT {

	private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(200001);

	private static final AtomicInteger NEXT_PUPIL = new AtomicInteger(100);

	@LocalServerPort
	int port;

	@Value("${local.grpc.port}")
	int grpcPort;

	private Api api;

	private String urn;

	private String pupil;

	private String classmate;

	@BeforeEach
	void aSchoolWithTwoPupils() {
		this.api = new Api(this.port);
		this.urn = newSchool("Cranborne Middle School", "MIDDLE", "EAST");
		this.pupil = newPupil(this.urn, "2021-09-02", null);
		this.classmate = newPupil(this.urn, "2021-09-02", null);
	}

	@Test
	void schoolsAreUpsertedByTheLocalAuthorityAndSeenByThemselves() {
		String body = "{\"laestab\":\"838/4001\",\"name\":\"Upton Upper\",\"phase\":\"UPPER\",\"locality\":\"PURBECK\"}";
		Response first = this.api.put("/schools/" + this.urn, LA, body);
		Response again = this.api.put("/schools/" + this.urn, LA, body);
		assertThat(first.status()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(first.body());
		assertThat(first.body().path("laestab").asString()).isEqualTo("8384001");

		Caller ownSchool = Api.school(this.urn, "attendance:read", "schools:write");
		assertThat(this.api.put("/schools/" + this.urn, ownSchool, body).status()).isEqualTo(403);
		Response seen = this.api.get("/schools", ownSchool);
		assertThat(seen.body().path("schools")).hasSize(1);
		assertThat(seen.body().path("schools").get(0).path("urn").asString()).isEqualTo(this.urn);
		String other = newSchool("Other", "PRIMARY", "WEST");
		assertThat(this.api.get("/schools/" + other, ownSchool).status()).isEqualTo(403);
		assertThat(this.api.get("/schools", LA).body().path("schools").size()).isGreaterThanOrEqualTo(2);
		assertThat(this.api.get("/schools/999998", LA).status()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bad LAESTAB     | 38200  | Name | PRIMARY   | NORTH   | laestab
			unknown phase   | 8382001| Name | NURSERY   | NORTH   | phase
			unknown locality| 8382001| Name | PRIMARY   | POOLE   | locality
			blank name      | 8382001| ' '  | PRIMARY   | NORTH   | name
			""")
	void badSchoolsAreRefusedNamingTheField(String description, String laestab, String name, String phase,
			String locality, String field) {
		Response refused = this.api.put("/schools/300001", LA, "{\"laestab\":\"" + laestab + "\",\"name\":\"" + name
				+ "\",\"phase\":\"" + phase + "\",\"locality\":\"" + locality + "\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.fields()).isEqualTo(field);
		assertThat(this.api.get("/schools/300001", LA).status()).isEqualTo(404);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			wrong check letter | B838200116001 | 2016-05-04 | 5  | 2021-09-02 | upn
			malformed birth    | VALID         | 04/05/2016 | 5  | 2021-09-02 | dateOfBirth
			year group 15      | VALID         | 2016-05-04 | 15 | 2021-09-02 | yearGroup
			admission missing  | VALID         | 2016-05-04 | 5  | ''         | admissionDate
			born in the future | VALID         | 2027-05-04 | 5  | 2021-09-02 | dateOfBirth,admissionDate
			""")
	void badPupilsAreRefusedNamingTheFieldAndNotStored(String description, String upn, String dateOfBirth,
			int yearGroup, String admissionDate, String fields) {
		String upnSent = "VALID".equals(upn) ? upn(NEXT_PUPIL.incrementAndGet()) : upn;
		Response refused = this.api.put("/schools/" + this.urn + "/pupils/" + upnSent, LA,
				pupilJson(dateOfBirth, yearGroup, admissionDate.isEmpty() ? null : admissionDate, null));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("type").asString()).isEqualTo("/problems/invalid-input");
		assertThat(refused.fields()).isEqualTo(fields);
		assertThat(this.api.get("/schools/" + this.urn + "/pupils", LA).body().path("total").asInt()).isEqualTo(2);
	}

	@Test
	void theRollIsPaginatedAndCapped() {
		newPupil(this.urn, "2024-09-03", "2026-07-22");
		Response page = this.api.get("/schools/" + this.urn + "/pupils?page=1&size=2", LA);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body().path("total").asInt()).isEqualTo(3);
		assertThat(page.body().path("page").asInt()).isEqualTo(1);
		assertThat(page.body().path("size").asInt()).isEqualTo(2);
		assertThat(page.body().path("items")).hasSize(1);
		// The page names the child it released to the gateway's audit, and the school.
		assertThat(this.api.lastHeader(CallerHeaders.RELEASED_CHILDREN))
			.isEqualTo(page.body().path("items").get(0).path("upn").asString());
		assertThat(this.api.lastHeader(CallerHeaders.RELEASED_SCHOOLS)).isEqualTo(this.urn);
		assertThat(page.body().path("items").get(0).has("urn")).isFalse();
		String roll = "/api/v1/attendance/schools/" + this.urn + "/pupils";
		assertThat(this.api.lastLink()).isEqualTo("<" + roll + "?page=0&size=2>; rel=\"first\", <" + roll
				+ "?page=0&size=2>; rel=\"prev\", <" + roll + "?page=1&size=2>; rel=\"last\"");
		// One cap for every list of the platform: 100.
		assertThat(this.api.get("/schools/" + this.urn + "/pupils?size=100", LA).status()).isEqualTo(200);
		assertThat(this.api.get("/schools/" + this.urn + "/pupils?size=101", LA).fields()).isEqualTo("size");
		assertThat(this.api.get("/schools/" + this.urn + "/pupils", Api.school("300002", "attendance:read")).status())
			.isEqualTo(403);
	}

	@Test
	void theSameRegisterTwiceChangesNothingAndAChangedMarkIsOneAmendment() {
		String path = "/schools/" + this.urn + "/registers/2026-11-16/AM";
		String register = marks(this.pupil, "/", this.classmate, "N");
		Response first = this.api.put(path, LA, register);
		Response second = this.api.put(path, LA, register);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("marks").asInt()).isEqualTo(2);
		assertThat(first.body().path("changed").asInt()).isEqualTo(2);
		assertThat(second.body().path("changed").asInt()).isZero();
		assertThat(amendments(this.classmate)).isEmpty();

		Caller school = Api.school(this.urn, "registers:write", "attendance:read");
		Response amended = this.api.put(path, school, marks(this.pupil, "/", this.classmate, "I"));
		assertThat(amended.body().path("changed").asInt()).isEqualTo(1);
		assertThat(amendments(this.pupil)).isEmpty();
		JsonNode amendment = amendments(this.classmate);
		assertThat(amendment).hasSize(1);
		assertThat(amendment.get(0).path("from").asString()).isEqualTo("N");
		assertThat(amendment.get(0).path("to").asString()).isEqualTo("I");
		assertThat(amendment.get(0).path("by").asString()).isEqualTo(school.subject());
		assertThat(amendment.get(0).path("date").asString()).isEqualTo("2026-11-16");

		Response held = this.api.get(path, school);
		assertThat(held.body().path("marks")).hasSize(2);
		assertThat(held.body().path("takenBy").asString()).isEqualTo(LA.subject());
		assertThat(held.body().path("lastChangedBy").asString()).isEqualTo(school.subject());
	}

	@ParameterizedTest(name = "{0} -> {3}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown code               | 2026-11-16 | OK,A        | 400 | marks[1].code
			withdrawn code             | 2026-11-16 | OK,H        | 400 | marks[1].code
			morning's present mark     | 2026-11-16 | OK,/        | 400 | marks[1].code
			malformed UPN              | 2026-11-16 | BAD,\\      | 400 | marks[1].upn
			same pupil twice           | 2026-11-16 | SAME,\\     | 400 | marks[1].upn
			date in the future         | 2026-11-24 | OK,\\       | 422 | date
			a Sunday                   | 2026-11-15 | OK,\\       | 422 | date
			autumn half term           | 2026-10-28 | OK,\\       | 422 | date
			pupil not on roll that day | 2026-11-16 | NOT_ON_ROLL,\\ | 422 | marks[1].upn
			""")
	void badRegistersAreRefusedAndNothingIsStored(String description, String date, String second, int status,
			String field) {
		String[] parts = second.split(",");
		String secondUpn = switch (parts[0]) {
			case "OK" -> this.classmate;
			case "BAD" -> "X12";
			case "SAME" -> this.pupil;
			default -> upn(NEXT_PUPIL.incrementAndGet());
		};
		String path = "/schools/" + this.urn + "/registers/" + date + "/PM";
		Response refused = this.api.put(path, LA, marks(this.pupil, "\\", secondUpn, parts[1]));

		assertThat(refused.status()).isEqualTo(status);
		assertThat(refused.fields()).isEqualTo(field);
		assertThat(refused.body().path("detail").asString()).isNotBlank();
		assertThat(this.api.get(path, LA).status()).isEqualTo(404);
		assertThat(summary(this.pupil, LA).body().path("combined").path("possibleSessions").asInt()).isZero();
	}

	/**
	 * Freshness on the school's own calendar ("today" Monday 23 November 2026): a
	 * register of last Monday sent today is stale data however fresh its arrival; with
	 * Friday's the weekend is no gap; an older register sent later does not move the last
	 * register date back.
	 */
	@Test
	void officersSeeWhichSchoolsRegistersAreStaleOnTheirOwnCalendarStalestFirst() {
		String silent = newSchool("Stalbridge Primary School", "PRIMARY", "NORTH");
		String path = "/schools/" + this.urn + "/registers/";
		assertThat(this.api.put(path + "2026-11-16/AM", LA, marks(this.pupil, "/")).status()).isEqualTo(200);
		JsonNode lastMonday = arrival(this.urn);
		assertThat(lastMonday.path("lastRegisterDate").asString()).isEqualTo("2026-11-16");
		assertThat(lastMonday.path("missedSchoolDays").asInt()).isEqualTo(4);
		assertThat(lastMonday.path("stale").asBoolean()).as("sent today, but a week old").isTrue();
		assertThat(lastMonday.path("lastArrivedAt").asString()).isNotBlank();

		assertThat(this.api.put(path + "2026-11-20/PM", LA, marks(this.pupil, "\\")).status()).isEqualTo(200);
		assertThat(this.api.put(path + "2026-11-17/AM", LA, marks(this.pupil, "/")).status()).isEqualTo(200);
		JsonNode friday = arrival(this.urn);
		assertThat(friday.path("lastRegisterDate").asString()).isEqualTo("2026-11-20");
		assertThat(friday.path("missedSchoolDays").asInt()).isZero();
		assertThat(friday.path("stale").asBoolean()).isFalse();

		JsonNode never = arrival(silent);
		assertThat(never.path("stale").asBoolean()).isTrue();
		assertThat(never.path("lastArrivedAt").isNull()).isTrue();
		assertThat(never.path("lastRegisterDate").isNull()).isTrue();
		Response arrivals = this.api.get("/data-arrivals", LA);
		List<String> order = new java.util.ArrayList<>();
		arrivals.body().path("schools").forEach((school) -> order.add(school.path("urn").asString()));
		assertThat(order).containsSubsequence(silent, this.urn);
		assertThat(arrivals.body().path("allowedMissedSchoolDays").asInt()).isEqualTo(1);
		assertThat(arrivals.body().path("staleSchools").asInt()).isPositive();
		assertThat(this.api.get("/data-arrivals", Api.school(this.urn, "attendance:read")).status()).isEqualTo(403);
	}

	private JsonNode arrival(String urn) {
		Response arrivals = this.api.get("/data-arrivals", LA);
		assertThat(arrivals.status()).isEqualTo(200);
		for (JsonNode school : arrivals.body().path("schools")) {
			if (school.path("urn").asString().equals(urn)) {
				return school;
			}
		}
		throw new AssertionError("school " + urn + " is not in " + arrivals.body());
	}

	@Test
	void anUnknownSchoolIs404AndAnotherSchoolsRegisterIs403() {
		assertThat(this.api.put("/schools/999997/registers/2026-11-16/AM", LA, marks(this.pupil, "/")).status())
			.isEqualTo(404);
		Response otherSchool = this.api.put("/schools/" + this.urn + "/registers/2026-11-16/AM",
				Api.school("300003", "registers:write"), marks(this.pupil, "/"));
		assertThat(otherSchool.status()).isEqualTo(403);
		assertThat(this.api.get("/schools/" + this.urn + "/registers/2026-11-16/AM", LA).status()).isEqualTo(404);
	}

	@Test
	void closuresAreNotSchoolDays() {
		String closure = "/schools/" + this.urn + "/closures/2026-11-18";
		Caller school = Api.school(this.urn, "schools:write", "registers:write");
		assertThat(this.api.put(closure, school, "{\"reason\":\"INSET\"}").status()).isEqualTo(200);
		Response refused = this.api.put("/schools/" + this.urn + "/registers/2026-11-18/AM", school,
				marks(this.pupil, "/"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.fields()).isEqualTo("date");

		assertThat(this.api.delete(closure, school).status()).isEqualTo(200);
		assertThat(this.api.put("/schools/" + this.urn + "/registers/2026-11-18/AM", school, marks(this.pupil, "/"))
			.status()).isEqualTo(200);
		Response tooLate = this.api.put(closure, school, "{}");
		assertThat(tooLate.status()).isEqualTo(422);
		assertThat(tooLate.fields()).isEqualTo("date");
	}

	@Test
	void summaryFiguresAfterAFewRegisters() {
		Caller school = Api.school(this.urn, "registers:write", "attendance:read");
		String[][] week = { { "2026-11-16", "/", "\\" }, { "2026-11-17", "/", "\\" }, { "2026-11-18", "I", "I" },
				{ "2026-11-19", "/", "G" }, { "2026-11-20", "V", "Y1" } };
		for (String[] day : week) {
			this.api.put("/schools/" + this.urn + "/registers/" + day[0] + "/AM", school, marks(this.pupil, day[1]));
			this.api.put("/schools/" + this.urn + "/registers/" + day[0] + "/PM", school, marks(this.pupil, day[2]));
		}
		Response summary = summary(this.pupil, school);
		assertThat(summary.status()).isEqualTo(200);
		assertThat(summary.body().path("basis").asString()).isEqualTo("academic year to date");
		assertThat(summary.body().path("fromDate").asString()).isEqualTo("2026-08-01");
		assertThat(summary.body().path("toDate").asString()).isEqualTo("2026-11-23");
		JsonNode combined = summary.body().path("combined");
		assertThat(combined.path("possibleSessions").asInt()).isEqualTo(9);
		assertThat(combined.path("presentSessions").asInt()).isEqualTo(5);
		assertThat(combined.path("approvedEducationalActivitySessions").asInt()).isEqualTo(1);
		assertThat(combined.path("authorisedAbsenceSessions").asInt()).isEqualTo(2);
		assertThat(combined.path("unauthorisedAbsenceSessions").asInt()).isEqualTo(1);
		assertThat(combined.path("attendancePercent").asDouble()).isEqualTo(66.7);
		assertThat(combined.path("overallAbsencePercent").asDouble()).isEqualTo(33.3);
		assertThat(combined.path("authorisedAbsencePercent").asDouble()).isEqualTo(22.2);
		assertThat(combined.path("unauthorisedAbsencePercent").asDouble()).isEqualTo(11.1);
		assertThat(combined.path("persistentlyAbsent").asBoolean()).isTrue();
		assertThat(combined.path("severelyAbsent").asBoolean()).isFalse();
		assertThat(summary.body().path("enrolments").get(0).path("schoolName").asString())
			.isEqualTo("Cranborne Middle School");

		Response range = this.api.get("/pupils/" + this.pupil + "/attendance?from=2026-11-16&to=2026-11-17", school);
		assertThat(range.body().path("basis").asString()).isEqualTo("date range");
		assertThat(range.body().path("combined").path("attendancePercent").asDouble()).isEqualTo(100.0);
	}

	@Test
	void aSchoolSeesOnlyPupilsOnItsRoll() {
		String otherUrn = newSchool("Gillingham School", "SECONDARY", "NORTH");
		Response refused = summary(this.pupil, Api.school(otherUrn, "attendance:read"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().path("type").asString()).isEqualTo("/problems/forbidden");
		assertThat(summary(this.pupil, Api.school(this.urn, "attendance:read")).status()).isEqualTo(200);
		String nobody = upn(NEXT_PUPIL.incrementAndGet());
		assertThat(summary(nobody, LA).status()).isEqualTo(404);
		assertThat(summary(nobody, Api.school(this.urn, "attendance:read")).status())
			.as("a school cannot tell a pupil elsewhere from no pupil at all")
			.isEqualTo(403);
		assertThat(summary(this.pupil, null).status()).isEqualTo(401);
		assertThat(this.api.get("/pupils/" + this.pupil + "/attendance?from=2026-13-01", LA).fields())
			.isEqualTo("from");
	}

	@ParameterizedTest(name = "{0}?{1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/measures/local-authority | term=WINTER                             | term
			/measures/localities/EAST | term=AUTUMN&from=2026-10-01             | term
			/measures/phases/MIDDLE   | from=2026-10-31&to=2026-10-01           | to
			/measures/schools/{urn}   | from=2026-07-01&to=2026-10-01           | to
			/measures/schools         | year=2026/27&to=2027-08-01              | to
			/measures/cohorts/FSM     | year=2026/27&from=2026-07-31            | from
			/measures/trends          | from=1-10-2026                          | from
			/measures/local-authority | publishable=perhaps                     | publishable
			""")
	void badPeriodsAreRefusedNamingTheParameter(String path, String query, String field) {
		Response refused = this.api.get(path.replace("{urn}", this.urn) + "?" + query, LA);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.fields()).isEqualTo(field);
	}

	@Test
	void areaFiguresForATermOrADateRangeOverRestAndGrpc() throws InterruptedException {
		this.api.put("/schools/" + this.urn + "/registers/2026-11-16/AM", LA,
				marks(this.pupil, "/", this.classmate, "O"));
		this.api.put("/schools/" + this.urn + "/registers/2026-11-17/AM", LA,
				marks(this.pupil, "/", this.classmate, "/"));
		Response term = this.api.get("/measures/schools/" + this.urn + "?term=AUTUMN", LA);
		assertThat(term.status()).isEqualTo(200);
		assertThat(term.body().path("basis").asString()).isEqualTo("autumn term 2026/27");
		assertThat(term.body().path("fromDate").asString()).isEqualTo("2026-09-03");
		assertThat(term.body().path("toDate").asString()).isEqualTo("2026-11-23");
		Response range = this.api.get("/measures/schools/" + this.urn + "?from=2026-11-17&to=2026-11-17", LA);
		assertThat(range.body().path("basis").asString()).isEqualTo("17 Nov 2026 to 17 Nov 2026");
		assertThat(range.body().path("total").path("overallAbsenceSessions").path("value").asInt()).isZero();
		assertThat(this.api.get("/measures/schools/" + this.urn, LA).body().path("fromDate").asString())
			.isEqualTo("2026-08-01");
		ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort).usePlaintext().build();
		try {
			AreaSummary summary = stub(channel, LA).getSchoolSummary(GetSchoolSummaryRequest.newBuilder()
				.setUrn(this.urn)
				.setPeriod(Period.newBuilder().setFromDate("2026-11-16").setToDate("2026-11-16"))
				.build());
			assertThat(summary.getBasis()).isEqualTo("16 Nov 2026 to 16 Nov 2026");
			assertThat(summary.getFromDate()).isEqualTo("2026-11-16");
			assertThat(summary.getToDate()).isEqualTo("2026-11-16");
			assertThat(summary.getTotal().getUnauthorisedAbsenceSessions().getValue()).isEqualTo(1.0);
			assertThat(summary.getTotal().getSevereAbsentees().getValue()).isEqualTo(1.0);
			StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
					() -> stub(channel, LA).getLocalAuthoritySummary(GetLocalAuthoritySummaryRequest.newBuilder()
						.setPeriod(Period.newBuilder().setTerm("AUTUMN").setFromDate("2026-10-01"))
						.build()));
			assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
			assertThat(refused.getStatus().getDescription()).contains("term");
		}
		finally {
			channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void theLocalAuthorityLoadsStatisticalNeighbourFiguresThatSummariesThenShow() {
		String path = "/reference-figures/statistical-neighbours/persistent_absence_rate/secondary/2023-24-full-year";
		String figure = "{\"value\":26.4,\"source\":\"DfE LAIT, Dorset statistical neighbours\",\"confirmed\":true}";
		Response loaded = this.api.put(path, LA, figure);
		assertThat(loaded.status()).isEqualTo(200);
		assertThat(loaded.body().path("comparator").asString()).isEqualTo("statistical neighbours");
		assertThat(loaded.body().path("period").asString()).isEqualTo("2023/24 full year (census)");
		assertThat(this.api.put(path, LA, figure).status()).isEqualTo(200);
		assertThat(this.api.put(path, Api.school(this.urn, "schools:write"), figure).status()).isEqualTo(403);
		assertThat(this.api
			.put("/reference-figures/statistical-neighbours/persistent_absence_rate/secondary/2023", LA, figure)
			.fields()).isEqualTo("period");

		Response held = this.api.get("/reference-figures", Api.school(this.urn, "attendance:read"));
		assertThat(held.status()).isEqualTo(200);
		List<String> neighbours = new java.util.ArrayList<>();
		held.body()
			.path("figures")
			.forEach(
					(each) -> neighbours.add(each.path("comparator").asString() + " " + each.path("group").asString()));
		assertThat(neighbours).containsOnlyOnce("statistical neighbours secondary");
		assertThat(held.body().path("comparatorsNotHeld").isEmpty()).isTrue();
		Response summary = this.api.get("/measures/schools/" + this.urn, LA);
		assertThat(summary.body().path("references").toString()).contains("statistical neighbours");
		assertThat(summary.body().path("comparatorsNotHeld").isEmpty()).isTrue();
	}

	@Test
	void theSameSummaryOverGrpcWithTheSameScoping() throws InterruptedException {
		this.api.put("/schools/" + this.urn + "/registers/2026-11-16/AM", LA,
				marks(this.pupil, "/", this.classmate, "O"));
		ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", this.grpcPort).usePlaintext().build();
		try {
			GetPupilAttendanceSummaryRequest request = GetPupilAttendanceSummaryRequest.newBuilder()
				.setUpn(this.classmate)
				.build();
			PupilAttendanceSummary summary = stub(channel, LA).getPupilAttendanceSummary(request);
			assertThat(summary.getCombined().getUnauthorisedAbsenceSessions()).isEqualTo(1);
			assertThat(summary.getCombined().getSeverelyAbsent()).isTrue();
			assertThat(summary.getCombined().getPossibleSessions())
				.isEqualTo(summary(this.classmate, LA).body().path("combined").path("possibleSessions").asInt());
			StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
					() -> stub(channel, Api.school("300004", "attendance:read")).getPupilAttendanceSummary(request));
			assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
		}
		finally {
			channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	private static AttendanceServiceGrpc.AttendanceServiceBlockingStub stub(ManagedChannel channel, Caller caller) {
		Metadata headers = new Metadata();
		CallerHeaders.toHeaders(caller)
			.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return AttendanceServiceGrpc.newBlockingStub(channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
	}

	private Response summary(String upn, Caller caller) {
		return this.api.get("/pupils/" + upn + "/attendance", caller);
	}

	private JsonNode amendments(String upn) {
		return this.api.get("/schools/" + this.urn + "/pupils/" + upn + "/amendments", LA).body().path("amendments");
	}

	private String newSchool(String name, String phase, String locality) {
		String urn = String.valueOf(NEXT_SCHOOL.incrementAndGet());
		Response created = this.api.put("/schools/" + urn, LA, "{\"laestab\":\"838" + urn.substring(2)
				+ "\",\"name\":\"" + name + "\",\"phase\":\"" + phase + "\",\"locality\":\"" + locality + "\"}");
		assertThat(created.status()).isEqualTo(200);
		return urn;
	}

	private String newPupil(String urn, String admission, String leaving) {
		String upn = upn(NEXT_PUPIL.incrementAndGet());
		Response added = this.api.put("/schools/" + urn + "/pupils/" + upn, LA,
				pupilJson("2015-03-02", 6, admission, leaving));
		assertThat(added.status()).isEqualTo(200);
		return upn;
	}

	private static String pupilJson(String dateOfBirth, int yearGroup, String admission, String leaving) {
		return "{\"familyName\":\"Hardy\",\"givenName\":\"Tess\",\"dateOfBirth\":\"" + dateOfBirth + "\",\"yearGroup\":"
				+ yearGroup + ",\"sex\":\"F\",\"admissionDate\":" + quoted(admission) + ",\"leavingDate\":"
				+ quoted(leaving) + "}";
	}

	private static String quoted(String value) {
		return (value == null) ? "null" : "\"" + value + "\"";
	}

	private static String marks(String... upnsAndCodes) {
		StringBuilder json = new StringBuilder("{\"marks\":[");
		for (int i = 0; i < upnsAndCodes.length; i += 2) {
			json.append((i > 0) ? "," : "")
				.append("{\"upn\":\"")
				.append(upnsAndCodes[i])
				.append("\",\"code\":\"")
				.append(upnsAndCodes[i + 1].replace("\\", "\\\\"))
				.append("\"}");
		}
		return json.append("]}").toString();
	}

}
