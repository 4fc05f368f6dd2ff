package uk.gov.dorsetcouncil.edu.belonging.rate;

import java.util.Set;

import io.grpc.Server;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.MongoDatabase;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.Exclusions;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.FakeAttendance;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.Organisation;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.testing.CallerRequests;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rates through the whole service: suspensions recorded over REST, the rolls and the
 * pupils' groups from a stand-in attendance over a real gRPC channel (asked as the
 * service itself), the Education Board analyst's figures suppressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dorset.mongo.in-memory=true", "spring.grpc.server.port=0",
				"dorset.downstream.attendance.deadline=2000ms", "dorset.downstream.attendance.minimum-calls=1000" })
class RateApiIT {

	static final String SCHOOL = Exclusions.PLAIN;

	static final String OTHER_SCHOOL = Exclusions.WITH_INSET;

	static final FakeAttendance ATTENDANCE = new FakeAttendance(Exclusions.CALENDAR);

	static final Server ATTENDANCE_SERVER = ATTENDANCE.start();

	static final Caller HEAD = head(SCHOOL);

	static final Caller OTHER_HEAD = head(OTHER_SCHOOL);

	static final Caller OFFICER = new Caller("officer", "dashboard", Organisation.localAuthority("838"),
			Set.of("LA_INCLUSION_OFFICER"), Set.of("belonging:read", "belonging:write"));

	static final Caller ANALYST = new Caller("analyst", "dashboard", Organisation.localAuthority("838"),
			Set.of("EDUCATION_BOARD_ANALYST"), Set.of("dashboards:read", "measures:read"));

	static {
		StandIns.stopAtExit(ATTENDANCE_SERVER::shutdownNow);
		// 20 pupils at the school (12 girls), 10 at the other (5 girls)
		for (int i = 1; i <= 30; i++) {
			String upn = pupil(i);
			ATTENDANCE.enrol(upn, (i <= 20) ? SCHOOL : OTHER_SCHOOL, "2022-09-05", null);
			ATTENDANCE.trait(upn, "SEX", ((i <= 20) ? i <= 12 : i <= 25) ? "F" : "M");
		}
		ATTENDANCE.locality("CHESIL", SCHOOL);
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
	MongoExclusionStore exclusionStore;

	CallerRequests api;

	static boolean recorded;

	static Caller head(String urn) {
		return new Caller("head@" + urn, "mis-" + urn, Organisation.school(urn), Set.of("SCHOOL_DSL"),
				Set.of("belonging:read", "belonging:write"));
	}

	static String pupil(int i) {
		return Upn.withCheckLetter("8382001290%02d".formatted(i)).value();
	}

	@BeforeEach
	void recordSuspensions() {
		this.api = CallerRequests.toLocalServer(this.port);
		if (recorded) {
			return;
		}
		this.database.getCollection("pupil_exclusions").deleteMany(new Document());
		this.exclusionStore.reload();
		// pupil 1 (a girl) twice, pupil 13 (a boy) once, at the school; pupil 21 (a girl)
		// at
		// the other
		suspend(HEAD, pupil(1), SCHOOL, "2026-09-16", "DB");
		suspend(HEAD, pupil(1), SCHOOL, "2026-10-06", "VA");
		suspend(HEAD, pupil(13), SCHOOL, "2026-09-17", "DB");
		suspend(OTHER_HEAD, pupil(21), OTHER_SCHOOL, "2026-09-18", "DB");
		recorded = true;
	}

	@Test
	void theLocalAuthoritySeesEveryFigureBySchoolAndTheAnalystSeesThemAsPublished() {
		this.api.get(OFFICER, "/api/v1/belonging/rates?year=2026/27&by=SCHOOL")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(false)
			.jsonPath("$.total.enrolments.value")
			.isEqualTo(30)
			.jsonPath("$.total.suspensions.value")
			.isEqualTo(4)
			.jsonPath("$.total.suspensionRate.value")
			.isEqualTo(13.33)
			.jsonPath("$.total.oneOrMoreSuspensionRate.value")
			.isEqualTo(10.0)
			.jsonPath("$.groups[?(@.group=='" + SCHOOL + "')].pupilsSuspended.value")
			.isEqualTo(2)
			.jsonPath("$.groups[?(@.group=='" + SCHOOL + "')].suspensionRate.value")
			.isEqualTo(15.0)
			.jsonPath("$.comparatorsNotHeld[0]")
			.isEqualTo("South West");

		this.api.get(ANALYST, "/api/v1/belonging/rates?year=2026/27&by=SCHOOL")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.total.suspensions.value")
			.isEqualTo(4)
			.jsonPath("$.groups[?(@.group=='" + OTHER_SCHOOL + "')].suspensions.symbol")
			.isEqualTo("c")
			.jsonPath("$.groups[?(@.group=='" + OTHER_SCHOOL + "')].suspensionRate.symbol")
			.isEqualTo("c")
			// the school's 3 would give the other's 1 away from the total of 4
			.jsonPath("$.groups[?(@.group=='" + SCHOOL + "')].suspensions.symbol")
			.isEqualTo("c");
	}

	@Test
	void groupsOfTheRollsCharacteristicsComeFromAttendanceAskedAsTheService() {
		ATTENDANCE.classifiedBy.clear();

		this.api.get(ANALYST, "/api/v1/belonging/rates?year=2026/27&term=AUTUMN&by=SEX")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.term")
			.isEqualTo("AUTUMN")
			.jsonPath("$.groups[?(@.group=='F')].enrolments.value")
			.isEqualTo(17)
			.jsonPath("$.groups[?(@.group=='M')].enrolments.value")
			.isEqualTo(13)
			.jsonPath("$.total.suspensions.value")
			.isEqualTo(4)
			// the boys' one suspension is hidden, and the girls' 3 with it (4 - 3 = 1)
			.jsonPath("$.groups[?(@.group=='M')].suspensions.symbol")
			.isEqualTo("c")
			.jsonPath("$.groups[?(@.group=='F')].suspensions.symbol")
			.isEqualTo("c");

		assertThat(ATTENDANCE.classifiedBy).isNotEmpty()
			.allSatisfy(asked -> assertThat(asked.organisation().type()).isEqualTo(Organisation.Type.SERVICE));
	}

	@Test
	void aSchoolReadsItsOwnRatesByReasonAndNoOtherArea() {
		this.api.get(HEAD, "/api/v1/belonging/rates?urn=" + SCHOOL + "&year=2026/27")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.by")
			.isEqualTo("REASON")
			.jsonPath("$.groups[?(@.group=='DB')].suspensions.value")
			.isEqualTo(2)
			.jsonPath("$.groups[?(@.group=='VA')].suspensions.value")
			.isEqualTo(1);
		this.api.get(HEAD, "/api/v1/belonging/rates?year=2026/27").exchange().expectStatus().isForbidden();
		this.api.get(HEAD, "/api/v1/belonging/rates?urn=" + OTHER_SCHOOL).exchange().expectStatus().isForbidden();
		this.api.get(OFFICER, "/api/v1/belonging/rates?by=STAR_SIGN")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("by");
	}

	private void suspend(Caller head, String upn, String urn, String start, String reason) {
		this.api.post(head, "/api/v1/belonging/exclusions")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"upn":"%s","schoolUrn":"%s","type":"SUSPENSION","startDate":"%s","sessions":2,
					 "reasons":["%s"],"decidedBy":"Ms A. Head"}""".formatted(upn, urn, start, reason))
			.exchange()
			.expectStatus()
			.isCreated();
	}

}
