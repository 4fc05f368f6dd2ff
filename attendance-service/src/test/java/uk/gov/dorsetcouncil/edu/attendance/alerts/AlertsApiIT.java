package uk.gov.dorsetcouncil.edu.attendance.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import uk.gov.dorsetcouncil.edu.attendance.support.Api;
import uk.gov.dorsetcouncil.edu.attendance.support.Api.Response;
import uk.gov.dorsetcouncil.edu.attendance.support.FixedClock;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dorsetcouncil.edu.attendance.support.TestUpns.upn;

/**
 * Alerts, the transition watch list and attendance plans through the REST API of a
 * running service, with registers taken through the ordinary register endpoint. "Today"
 * is Monday 23 November 2026; registers are held from Monday 9 November.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0" })
@Import(FixedClock.class)
class AlertsApiIT {

	private static final AtomicInteger NEXT_SCHOOL = new AtomicInteger(300001);

	private static final AtomicInteger NEXT_PUPIL = new AtomicInteger(600);

	private static final Caller OFFICER = new Caller("officer@dorsetcouncil.gov.uk", "dashboard",
			Organisation.localAuthority("838"), Set.of(),
			Set.of("attendance:read", "registers:write", "schools:write", "casework:write"));

	@LocalServerPort
	int port;

	private Api api;

	private String urn;

	private String absentYear6;

	private String present;

	@BeforeEach
	void aSchoolWithOnePupilAbsentForTwoWeeks() {
		this.api = new Api(this.port);
		this.urn = String.valueOf(NEXT_SCHOOL.incrementAndGet());
		assertThat(this.api
			.put("/schools/" + this.urn, OFFICER,
					"{\"laestab\":\"838" + this.urn.substring(2)
							+ "\",\"name\":\"Sherborne Primary\",\"phase\":\"PRIMARY\",\"locality\":\"NORTH\"}")
			.status()).isEqualTo(200);
		this.absentYear6 = pupil(6);
		this.present = pupil(4);
		for (LocalDate day = LocalDate.of(2026, 11, 9); !day.isAfter(LocalDate.of(2026, 11, 23)); day = day
			.plusDays(1)) {
			if (day.getDayOfWeek().getValue() >= 6) {
				continue;
			}
			for (String session : List.of("AM", "PM")) {
				Response taken = this.api.put("/schools/" + this.urn + "/registers/" + day + "/" + session, OFFICER,
						"{\"marks\":[{\"upn\":\"" + this.absentYear6 + "\",\"code\":\"O\"},{\"upn\":\"" + this.present
								+ "\",\"code\":\"" + (session.equals("AM") ? "/" : "\\\\") + "\"}]}");
				assertThat(taken.status()).as(taken.body().toString()).isEqualTo(200);
			}
		}
	}

	@Test
	void theLocalAuthoritySeesWhyEachChildNeedsHelp() {
		Response found = this.api.get("/alerts?school=" + this.urn, OFFICER);
		assertThat(found.status()).isEqualTo(200);
		assertThat(this.api.lastHeader(CallerHeaders.RELEASED_CHILDREN)).isEqualTo(this.absentYear6);
		assertThat(this.api.lastHeader(CallerHeaders.RELEASED_SCHOOLS)).isEqualTo(this.urn);
		assertThat(found.body().path("asOf").asString()).isEqualTo("2026-11-23");
		assertThat(types(found.body())).containsExactly("PERSISTENT_ABSENCE", "SEVERE_ABSENCE",
				"PENALTY_NOTICE_TO_CONSIDER", "CONTINUOUS_UNAUTHORISED_ABSENCE", "SEVERE_ABSENCE_WITHOUT_PLAN");
		found.body().path("items").forEach((alert) -> {
			assertThat(alert.path("upn").asString()).isEqualTo(this.absentYear6);
			assertThat(alert.path("reason").asString()).isNotBlank();
		});
		JsonNode continuous = found.body().path("items").get(3);
		assertThat(continuous.path("since").asString()).isEqualTo("2026-11-09");
		assertThat(continuous.path("reason").asString()).contains("11 continuous school days");

		Response filtered = this.api.get("/alerts?school=" + this.urn + "&type=penalty_notice_to_consider", OFFICER);
		assertThat(types(filtered.body())).containsExactly("PENALTY_NOTICE_TO_CONSIDER");
		Response paged = this.api.get("/alerts?school=" + this.urn + "&page=1&size=2", OFFICER);
		assertThat(paged.body().path("total").asInt()).isEqualTo(5);
		assertThat(paged.body().path("asOf").asString()).isNotEmpty();
		assertThat(this.api.lastLink()).contains("school=" + this.urn + "&page=2&size=2>; rel=\"next\"");
		assertThat(types(paged.body())).containsExactly("PENALTY_NOTICE_TO_CONSIDER",
				"CONTINUOUS_UNAUTHORISED_ABSENCE");
	}

	@Test
	void aSchoolSeesOnlyItsOwnAlerts() {
		Caller school = Api.school(this.urn, "attendance:read");
		Response own = this.api.get("/alerts", school);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body().path("total").asInt()).isEqualTo(5);
		assertThat(this.api.get("/alerts?school=113001", school).status()).isEqualTo(403);
		assertThat(this.api.get("/alerts", Api.school(this.urn, "registers:write")).status()).isEqualTo(403);
		assertThat(this.api
			.get("/alerts?school=" + this.urn,
					new Caller("pc", "police", new Organisation(Organisation.Type.POLICE, "dorset"), Set.of(),
							Set.of("attendance:read")))
			.status()).isEqualTo(403);
	}

	@Test
	void badQueriesAreProblems() {
		Response oversized = this.api.get("/alerts?school=" + this.urn + "&size=101", OFFICER);
		assertThat(oversized.status()).isEqualTo(400);
		assertThat(oversized.fields()).isEqualTo("size");
		Response unknownType = this.api.get("/alerts?type=TRUANCY", OFFICER);
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.fields()).isEqualTo("type");
		assertThat(this.api.get("/alerts?school=999999", OFFICER).status()).isEqualTo(404);
	}

	@Test
	void aPlanClearsTheMissingPlanAlertUntilItsReviewIsMissed() {
		String plan = "{\"owner\":\"Jo Inclusion Officer\",\"reviewDate\":\"2026-12-07\",\"actions\":["
				+ "{\"description\":\"Home visit with the family\",\"owner\":\"Jo\",\"dueDate\":\"2026-11-27\"},"
				+ "{\"description\":\"Agree a part-time return\",\"done\":false}]}";
		Caller schoolCasework = Api.school(this.urn, "attendance:read", "casework:write");
		Response put = this.api.put("/plans/" + this.urn + "/" + this.absentYear6, schoolCasework, plan);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
		assertThat(put.body().path("version").asInt()).isEqualTo(1);
		assertThat(put.body().path("reviewOverdue").asBoolean()).isFalse();
		Response again = this.api.put("/plans/" + this.urn + "/" + this.absentYear6, schoolCasework, plan);
		assertThat(again.body().path("version").asInt()).isEqualTo(1);

		assertThat(types(this.api.get("/alerts?school=" + this.urn, OFFICER).body()))
			.doesNotContain("SEVERE_ABSENCE_WITHOUT_PLAN");
		Response read = this.api.get("/plans/" + this.urn + "/" + this.absentYear6, OFFICER);
		assertThat(read.body().path("actions").get(0).path("dueDate").asString()).isEqualTo("2026-11-27");
		assertThat(read.body().path("updatedBy").asString()).isEqualTo("lead@" + this.urn);
		Response listed = this.api.get("/plans?school=" + this.urn, OFFICER);
		assertThat(listed.body().path("total").asInt()).isEqualTo(1);

		assertThat(this.api.delete("/plans/" + this.urn + "/" + this.absentYear6, OFFICER).status()).isEqualTo(204);
		assertThat(this.api.get("/plans/" + this.urn + "/" + this.absentYear6, OFFICER).status()).isEqualTo(404);
		assertThat(types(this.api.get("/alerts?school=" + this.urn, OFFICER).body()))
			.contains("SEVERE_ABSENCE_WITHOUT_PLAN");
	}

	/**
	 * Two officers edit one plan (ADR 0027): the GET's ETag is the plan's version; a PUT
	 * with If-Match of a version since changed is refused 412 and changes nothing; the
	 * same change sent again after it was made is answered as made; without If-Match a
	 * write goes ahead as before.
	 */
	@Test
	void aPlanChangedSinceItWasReadIsRefusedWithTheVersionHeld() {
		String path = "/plans/" + this.urn + "/" + this.absentYear6;
		String first = "{\"owner\":\"Jo\",\"reviewDate\":\"2026-12-07\",\"actions\":[{\"description\":\"Visit\"}]}";
		String second = "{\"owner\":\"Sam\",\"reviewDate\":\"2026-12-07\",\"actions\":[{\"description\":\"Visit\"}]}";
		String third = "{\"owner\":\"Alex\",\"reviewDate\":\"2026-12-14\",\"actions\":[{\"description\":\"Call\"}]}";
		assertThat(this.api.put(path, OFFICER, first, "If-Match", "*").status()).as("* needs a plan held")
			.isEqualTo(412);
		assertThat(this.api.put(path, OFFICER, first).status()).isEqualTo(200);
		assertThat(this.api.lastHeader("ETag")).isEqualTo("\"1\"");
		assertThat(this.api.get(path, OFFICER).status()).isEqualTo(200);
		assertThat(this.api.lastHeader("ETag")).isEqualTo("\"1\"");

		Response bySam = this.api.put(path, OFFICER, second, "If-Match", "\"1\"");
		assertThat(bySam.status()).isEqualTo(200);
		assertThat(this.api.lastHeader("ETag")).isEqualTo("\"2\"");
		assertThat(this.api.put(path, OFFICER, second, "If-Match", "\"1\"").status())
			.as("Sam's change sent again: already made")
			.isEqualTo(200);

		Response byAlex = this.api.put(path, OFFICER, third, "If-Match", "\"1\"");
		assertThat(byAlex.status()).as("Alex read version 1").isEqualTo(412);
		assertThat(byAlex.body().path("type").asString()).endsWith("/problems/precondition-failed");
		assertThat(byAlex.body().path("detail").asString()).contains("at version 2 (ETag \"2\")");
		assertThat(this.api.get(path, OFFICER).body().path("owner").asString()).isEqualTo("Sam");
		Response malformed = this.api.put(path, OFFICER, third, "If-Match", "2");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.fields()).isEqualTo("If-Match");

		assertThat(this.api.put(path, OFFICER, third, "If-Match", "W/\"2\"").status()).as("compared strongly")
			.isEqualTo(412);
		assertThat(this.api.put(path, OFFICER, third, "If-Match", "\"2\"").status()).isEqualTo(200);
		assertThat(this.api.lastHeader("ETag")).isEqualTo("\"3\"");
		assertThat(this.api.put(path, OFFICER, first).status()).as("without If-Match, as before").isEqualTo(200);
		assertThat(this.api.lastHeader("ETag")).isEqualTo("\"4\"");
	}

	@Test
	void plansAreRefusedWithReasonsAndNothingIsStored() {
		String plan = "{\"owner\":\"Jo\",\"reviewDate\":\"2026-12-07\",\"actions\":[{\"description\":\"Visit\"}]}";
		String path = "/plans/" + this.urn + "/" + this.absentYear6;
		assertThat(this.api.put(path, Api.school(this.urn, "attendance:read"), plan).status()).isEqualTo(403);
		assertThat(this.api.put(path, Api.school("113001", "casework:write"), plan).status()).isEqualTo(403);
		Response past = this.api.put(path, OFFICER,
				"{\"owner\":\"Jo\",\"reviewDate\":\"2026-11-20\",\"actions\":[{\"description\":\"Visit\"}]}");
		assertThat(past.status()).isEqualTo(422);
		assertThat(past.fields()).isEqualTo("reviewDate");
		Response malformed = this.api.put(path, OFFICER,
				"{\"owner\":\"\",\"reviewDate\":\"next week\",\"actions\":[{\"description\":\"\",\"dueDate\":\"soon\"}]}");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.fields()).isEqualTo("owner,reviewDate,actions[0].description,actions[0].dueDate");
		assertThat(this.api.put("/plans/" + this.urn + "/" + upn(999), OFFICER, plan).status()).isEqualTo(404);
		assertThat(this.api.get(path, OFFICER).status()).isEqualTo(404);
	}

	@Test
	void theTransitionWatchListHoldsTheYear6PupilWhoIsPersistentlyAbsent() {
		Response watch = this.api.get("/alerts/transition?school=" + this.urn, OFFICER);
		assertThat(watch.status()).isEqualTo(200);
		assertThat(watch.body().path("total").asInt()).isEqualTo(1);
		JsonNode entry = watch.body().path("items").get(0);
		assertThat(entry.path("reason").asString()).isEqualTo("YEAR_6_PERSISTENT_ABSENCE");
		assertThat(entry.path("upn").asString()).isEqualTo(this.absentYear6);
		assertThat(entry.path("thisYear").path("overallAbsencePercent").asDouble()).isEqualTo(100.0);
	}

	@Test
	void aChildInNeedBelow96PercentIsFlaggedFromTheRollsCharacteristics() {
		Response ill = this.api.put("/schools/" + this.urn + "/registers/2026-11-23/AM", OFFICER,
				"{\"marks\":[{\"upn\":\"" + this.present + "\",\"code\":\"I\"}]}");
		assertThat(ill.status()).isEqualTo(200);
		assertThat(alertsFor(this.present)).doesNotContain("SOCIAL_CARE_PLAN_BELOW_96");

		Response inNeed = this.api.put("/schools/" + this.urn + "/pupils/" + this.present, OFFICER,
				"{\"familyName\":\"Durbeyfield\",\"givenName\":\"Tess\",\"dateOfBirth\":\"2015-03-02\",\"yearGroup\":4,"
						+ "\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":null,\"childInNeed\":true}");
		assertThat(inNeed.status()).as(inNeed.body().toString()).isEqualTo(200);
		assertThat(alertsFor(this.present)).containsExactly("SOCIAL_CARE_PLAN_BELOW_96");
	}

	private List<String> alertsFor(String upn) {
		List<String> types = new ArrayList<>();
		this.api.get("/alerts?school=" + this.urn, OFFICER).body().path("items").forEach((alert) -> {
			if (alert.path("upn").asString().equals(upn)) {
				types.add(alert.path("type").asString());
			}
		});
		return types;
	}

	private String pupil(int yearGroup) {
		String upn = upn(NEXT_PUPIL.incrementAndGet());
		Response added = this.api.put("/schools/" + this.urn + "/pupils/" + upn, OFFICER,
				"{\"familyName\":\"Durbeyfield\",\"givenName\":\"Tess\",\"dateOfBirth\":\"2015-03-02\",\"yearGroup\":"
						+ yearGroup + ",\"sex\":\"F\",\"admissionDate\":\"2021-09-02\",\"leavingDate\":null}");
		assertThat(added.status()).isEqualTo(200);
		return upn;
	}

	private static List<String> types(JsonNode page) {
		List<String> types = new ArrayList<>();
		page.path("items").forEach((alert) -> types.add(alert.path("type").asString()));
		return types;
	}

}
