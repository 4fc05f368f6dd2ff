package uk.gov.dorsetcouncil.edu.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.FakeServices;
import uk.gov.dorsetcouncil.edu.gateway.aggregation.FakeServices.Behaviour;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own API as partners meet it: real server, tokens for every persona,
 * in-process gRPC stand-ins for the services that can be made to fail, the in-memory
 * store for agreements and the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformApiIT {

	static final String PUPIL = FakeServices.PUPIL;

	static final String PROFILE = "/api/v1/children/" + PUPIL + "/profile";

	static final String ROLL = "/api/v1/attendance/schools/" + FakeServices.SCHOOL + "/pupils";

	static final String SEARCH = "/api/v1/children/search";

	/** A search strong enough, with a purpose and no agreement. */
	static final Map<String, Object> SEARCH_BODY = Map.of("familyName", "Smith-Jones", "dateOfBirth", "2016-07-04",
			"purpose", "CHILDREN_MISSING_EDUCATION");

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	private static final FakeServices services = new FakeServices();

	private WebTestClient client;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	MongoDatabase database;

	private int port;

	@LocalServerPort
	void port(int port) {
		this.port = port;
		this.client = TestClients.of(port);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
		registry.add("dorset.gateway.rate-limit.clients.rate-test", () -> "3");
		Map<String, FakeServices.Fake> fakes = Map.of("attendance", services.attendance, "belonging",
				services.belonging, "send", services.send, "transport", services.transport);
		registry.add("dorset.encompass.webhooks.poll-every", () -> "200ms");
		fakes.forEach((target, fake) -> {
			registry.add("spring.grpc.client.channels." + target + ".address", fake::address);
			registry.add("dorset.downstream." + target + ".deadline", () -> "400ms");
			registry.add("dorset.downstream." + target + ".sliding-window-size", () -> "4");
			registry.add("dorset.downstream." + target + ".minimum-calls", () -> "4");
			registry.add("dorset.downstream." + target + ".wait-in-open-state", () -> "1s");
		});
	}

	static {
		StandIns.stopAtExit(services, backends, issuer);
	}

	@BeforeEach
	void everythingWell() {
		backends.awaitApiDocumentFetches();
		backends.reset();
		services.reset();
		this.breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	// ---- the role x resource matrix

	/** The resources of the matrix, in the order of the expectation strings below. */
	static final List<String[]> RESOURCES = List.of(new String[] { "GET", PROFILE },
			new String[] { "GET", "/api/v1/deadlines/this-week?date=2026-03-10" },
			new String[] { "GET", "/api/v1/dashboards/ehc-plans" }, new String[] { "GET", "/api/v1/agreements" },
			new String[] { "PUT", "/api/v1/agreements/DSA-MATRIX" }, new String[] { "GET", "/api/v1/audit/records" },
			new String[] { "GET", "/api/v1/audit/verify" }, new String[] { "GET", "/api/v1/audit/pupil-access" },
			new String[] { "GET", "/api/v1/attendance/pupils/" + PUPIL },
			new String[] { "GET", "/api/v1/dashboards/schools/" + FakeServices.SCHOOL },
			new String[] { "GET", "/api/v1/dashboards/localities/" + FakeServices.LOCALITY },
			new String[] { "GET", "/api/v1/dashboards/local-authority" }, new String[] { "GET", "/api/v1/changes" },
			new String[] { "GET", ROLL }, new String[] { "POST", SEARCH },
			new String[] { "POST", "/api/v1/belonging/exclusions" }, new String[] { "GET", "/api/v1/belonging/steps" },
			new String[] { "POST", "/api/v1/belonging/part-time-timetables" },
			new String[] { "GET", "/api/v1/belonging/part-time-timetables/alerts" },
			new String[] { "GET", "/api/v1/belonging/rates" });

	/**
	 * Each persona's answer for each resource: profile, deadlines, dashboard, list
	 * agreements, put an agreement, search the audit log, verify it, a school's access
	 * log, a routed attendance read, a school's dashboard, its locality's, the county's,
	 * changes since, a school's roll listed without a purpose (400 for the county-wide),
	 * a search for a child naming a purpose and no agreement (partners: 403), record an
	 * exclusion (the gateway's coarse check: the belonging service lets only the
	 * excluding school record), the statutory steps due, record a part-time timetable
	 * (the service lets only the school record it), the part-time timetables raising
	 * alerts, the suspension and exclusion rates (the analyst too: the service hides
	 * small numbers).
	 */
	static final Map<TestPersona, String> MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD,
					"200 403 403 403 403 403 403 403 200 403 403 403 200 200 403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL,
					"200 403 403 403 403 403 403 200 200 403 403 403 200 200 403 200 200 200 200 200"),
			Map.entry(TestPersona.SENCO,
					"200 403 403 403 403 403 403 403 200 403 403 403 200 200 403 403 403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER,
					"200 200 200 403 403 403 403 403 200 200 200 200 200 400 200 200 200 200 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER,
					"200 200 403 403 403 403 403 403 200 403 403 403 200 400 200 403 200 403 200 200"),
			Map.entry(TestPersona.TRANSPORT_OFFICER,
					"200 200 403 403 403 403 403 403 200 403 403 403 200 400 403 403 403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER,
					"200 200 403 403 403 403 403 403 200 403 403 403 200 400 200 403 200 403 200 200"),
			Map.entry(TestPersona.LOCALITY_OFFICER,
					"200 403 403 403 403 403 403 403 200 200 200 403 403 200 403 403 200 403 200 200"),
			Map.entry(TestPersona.POLICE_ENCOMPASS,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST,
					"403 403 200 403 403 403 403 403 403 200 200 200 403 403 403 403 403 403 403 200"),
			Map.entry(TestPersona.AUDITOR,
					"403 403 403 403 403 200 200 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN,
					"403 403 403 200 200 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER,
					"403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403"));

	/**
	 * The registers officers keep (ADR 0030), the gateway's part: open an entry, list
	 * entries, the counts, close an entry. The belonging service then lets only the local
	 * authority write and releases each entry to the county, the locality's officer and
	 * the school left, and the counts suppressed to the analyst.
	 */
	static final List<String[]> REGISTER_RESOURCES = List.of(
			new String[] { "POST", "/api/v1/belonging/registers/entries" },
			new String[] { "GET", "/api/v1/belonging/registers/entries" },
			new String[] { "GET", "/api/v1/belonging/registers/counts" },
			new String[] { "PUT", "/api/v1/belonging/registers/entries/" + PUPIL + "-R1/closure" });

	static final Map<TestPersona, String> REGISTER_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "403 200 200 403"), Map.entry(TestPersona.SENCO, "403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "403 200 200 403"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 200 200 403"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "200 200 200 200"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 200 200 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "403 403 200 403"), Map.entry(TestPersona.AUDITOR, "403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403 403"));

	static Stream<Arguments> registerMatrix() {
		return cells(REGISTER_RESOURCES, REGISTER_MATRIX);
	}

	/**
	 * Alternative provision and managed moves (belonging ADR 0036), the gateway's part:
	 * record a placement, the alerts, record a managed move, the Belonging Plan's
	 * measures (the analyst too, suppressed by the service). The belonging service then
	 * lets a school commission for its own pupils and the LA for any, and releases each
	 * record to the schools concerned, their locality's officer and the county.
	 */
	static final List<String[]> PLACEMENT_RESOURCES = List.of(
			new String[] { "POST", "/api/v1/belonging/ap-placements" },
			new String[] { "GET", "/api/v1/belonging/ap-placements/alerts" },
			new String[] { "POST", "/api/v1/belonging/managed-moves" },
			new String[] { "GET", "/api/v1/belonging/measures" });

	static final Map<TestPersona, String> PLACEMENT_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "200 200 200 200"), Map.entry(TestPersona.SENCO, "403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "200 200 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 200 403 200"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 200 403 200"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 200 403 200"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "403 403 403 200"), Map.entry(TestPersona.AUDITOR, "403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403 403"));

	static Stream<Arguments> placementMatrix() {
		return cells(PLACEMENT_RESOURCES, PLACEMENT_MATRIX);
	}

	static Stream<Arguments> matrix() {
		return cells(RESOURCES, MATRIX);
	}

	/**
	 * Operation Encompass (ADR 0041): send a notification (an empty body: the police get
	 * as far as the missing Idempotency-Key, 400), a school's inbox, the LA's queue, its
	 * escalations, its measure, and one notification that is not held (404 for those who
	 * may read notifications).
	 */
	static final List<String[]> ENCOMPASS_RESOURCES = List.of(
			new String[] { "POST", "/api/v1/encompass/notifications" },
			new String[] { "GET", "/api/v1/encompass/inbox" }, new String[] { "GET", "/api/v1/encompass/queue" },
			new String[] { "GET", "/api/v1/encompass/escalations" },
			new String[] { "GET", "/api/v1/encompass/measures" },
			new String[] { "GET", "/api/v1/encompass/notifications/OE-000000000000000000000000" });

	static final Map<TestPersona, String> ENCOMPASS_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "403 200 403 403 403 404"),
			Map.entry(TestPersona.SENCO, "403 403 403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "403 403 200 200 200 404"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 403 200 200 200 404"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "400 403 403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "403 403 403 403 403 403"),
			Map.entry(TestPersona.AUDITOR, "403 403 403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403 403 403 403"));

	static Stream<Arguments> encompassMatrix() {
		return cells(ENCOMPASS_RESOURCES, ENCOMPASS_MATRIX);
	}

	/**
	 * Schools' webhooks for Operation Encompass (ADR 0045): register one (an empty body:
	 * its keepers get as far as the missing Idempotency-Key, 400), the dead letters, read
	 * and delete another school's webhook (a DSL keeps only its own: 403; the LA's
	 * inclusion officer finds none there: 404), and replay a delivery that is not held.
	 * The EHE/CME officer reads the queue but keeps no school's system.
	 */
	static final List<String[]> WEBHOOK_RESOURCES = List.of(new String[] { "POST", "/api/v1/encompass/webhooks" },
			new String[] { "GET", "/api/v1/encompass/webhooks/dead-letters" },
			new String[] { "GET", "/api/v1/encompass/webhooks/" + FakeServices.ELSEWHERE },
			new String[] { "DELETE", "/api/v1/encompass/webhooks/" + FakeServices.ELSEWHERE },
			new String[] { "POST", "/api/v1/encompass/webhooks/dead-letters/EV-000000000000000000000000/replay" });

	static final Map<TestPersona, String> WEBHOOK_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "400 200 403 403 404"),
			Map.entry(TestPersona.SENCO, "403 403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "400 200 404 404 404"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 403 403 403 403"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 403 403 403 403"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "403 403 403 403 403"),
			Map.entry(TestPersona.AUDITOR, "403 403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403 403 403"));

	static Stream<Arguments> webhookMatrix() {
		return cells(WEBHOOK_RESOURCES, WEBHOOK_MATRIX);
	}

	private static Stream<Arguments> cells(List<String[]> resources, Map<TestPersona, String> matrix) {
		List<Arguments> cells = new ArrayList<>();
		for (TestPersona persona : TestPersona.values()) {
			String[] expected = matrix.get(persona).split(" ");
			for (int i = 0; i < resources.size(); i++) {
				cells.add(
						Arguments.of(persona, resources.get(i)[0], resources.get(i)[1], Integer.parseInt(expected[i])));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource({ "matrix", "registerMatrix", "placementMatrix", "transportMatrix", "encompassMatrix",
			"webhookMatrix" })
	void everyPersonaAgainstEveryResource(TestPersona persona, String method, String path, int expected) {
		WebTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(method))
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()));
		WebTestClient.ResponseSpec response = switch (method) {
			case "PUT" -> request.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
				.exchange();
			case "POST" -> request.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(SEARCH.equals(path) ? SEARCH_BODY : "{}")
				.exchange();
			default -> request.exchange();
		};
		// A first PUT creates (201), a later one replaces (200): both are "allowed".
		response.expectStatus().value(status -> assertThat(status == 201 ? 200 : status).isEqualTo(expected));
	}

	/**
	 * The SEND service's EHC needs assessment routes: record a request (the LA's SEND
	 * caseworker; the service refuses other organisations again), a caseworker's or a
	 * SENCO's queue (ehcp:read; the service narrows a school to its pupils), and the
	 * county's figures (also measures:read: the Board analyst, small numbers hidden by
	 * the service).
	 */
	static final List<String[]> ASSESSMENT_RESOURCES = List.of(new String[] { "POST", "/api/v1/send/assessments" },
			new String[] { "GET", "/api/v1/send/assessment-queue" },
			new String[] { "GET", "/api/v1/send/assessment-measures" });

	static final Map<TestPersona, String> ASSESSMENT_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403"), Map.entry(TestPersona.SCHOOL_DSL, "403 200 200"),
			Map.entry(TestPersona.SENCO, "403 200 200"), Map.entry(TestPersona.INCLUSION_OFFICER, "403 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER, "200 200 200"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 200 200"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403"), Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403"), Map.entry(TestPersona.BOARD_ANALYST, "403 403 200"),
			Map.entry(TestPersona.AUDITOR, "403 403 403"), Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403"));

	static Stream<Arguments> assessmentMatrix() {
		List<Arguments> cells = new ArrayList<>();
		for (TestPersona persona : TestPersona.values()) {
			String[] expected = ASSESSMENT_MATRIX.get(persona).split(" ");
			for (int i = 0; i < ASSESSMENT_RESOURCES.size(); i++) {
				cells.add(Arguments.of(persona, ASSESSMENT_RESOURCES.get(i)[0], ASSESSMENT_RESOURCES.get(i)[1],
						Integer.parseInt(expected[i])));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("assessmentMatrix")
	void everyPersonaAgainstEveryAssessmentResource(TestPersona persona, String method, String path, int expected) {
		everyPersonaAgainstEveryResource(persona, method, path, expected);
	}

	/**
	 * The SEND service's annual review routes have the assessment routes' matrix: arrange
	 * a review (the LA's SEND caseworker), the review queue (ehcp:read; the service
	 * narrows a school to the plans naming it), the share on time (also measures:read).
	 */
	static final List<String[]> REVIEW_RESOURCES = List.of(
			new String[] { "POST", "/api/v1/send/ehc-plans/A838200125001/reviews" },
			new String[] { "GET", "/api/v1/send/review-queue" },
			new String[] { "GET", "/api/v1/send/review-measures" });

	static Stream<Arguments> reviewMatrix() {
		List<Arguments> cells = new ArrayList<>();
		for (TestPersona persona : TestPersona.values()) {
			String[] expected = ASSESSMENT_MATRIX.get(persona).split(" ");
			for (int i = 0; i < REVIEW_RESOURCES.size(); i++) {
				cells.add(Arguments.of(persona, REVIEW_RESOURCES.get(i)[0], REVIEW_RESOURCES.get(i)[1],
						Integer.parseInt(expected[i])));
			}
		}
		return cells.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("reviewMatrix")
	void everyPersonaAgainstEveryReviewResource(TestPersona persona, String method, String path, int expected) {
		everyPersonaAgainstEveryResource(persona, method, path, expected);
	}

	/**
	 * The pledges (ADR 0039, 0042), the gateway's part: read the commitments, change one,
	 * record a measure's value by hand, make a Board report, read a report (JSON, HTML,
	 * PDF or CSV by Accept) and the summer-term stakeholder update. Any persona with
	 * pledges:read reads; only pledges:write reaches the service, which then lets only
	 * the commitment's owner or working group write it; only pledges:report (the
	 * Education Board analyst) makes a report, and so the update made from it.
	 */
	static final List<String[]> PLEDGE_RESOURCES = List.of(new String[] { "GET", "/api/v1/pledges/commitments" },
			new String[] { "PUT", "/api/v1/pledges/commitments/STUDENT-6" },
			new String[] { "POST", "/api/v1/pledges/commitments/STUDENT-6/measures/M1/values" },
			new String[] { "POST", "/api/v1/pledges/reports" },
			new String[] { "GET", "/api/v1/pledges/reports/2026-11-26" },
			new String[] { "GET", "/api/v1/pledges/reports/2026-07-09/stakeholder-update" });

	static final Map<TestPersona, String> PLEDGE_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SENCO, "403 403 403 403 403 403"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "200 403 403 403 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "200 403 403 200 200 200"),
			Map.entry(TestPersona.AUDITOR, "403 403 403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "200 200 200 403 200 200"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "200 200 200 403 200 200"),
			Map.entry(TestPersona.PLEDGE_OWNER, "200 200 200 403 200 200"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "200 200 200 403 200 200"));

	static Stream<Arguments> pledgeMatrix() {
		return cells(PLEDGE_RESOURCES, PLEDGE_MATRIX);
	}

	/**
	 * Schools' workforce figures (ADR 0046), the gateway's part, through the pledges'
	 * route: send a school's figures (pledges:write; the service then lets a school send
	 * its own only and the LA's Workforce Pledge working group on a school's behalf),
	 * read a submission (pledges:read; the service then shows it to its school and the
	 * working group only), the county's measures (pledges:read; small numbers hidden by
	 * the service, a school's own beside them for that school).
	 */
	static final List<String[]> WORKFORCE_RESOURCES = List.of(
			new String[] { "POST", "/api/v1/pledges/workforce/submissions" },
			new String[] { "GET", "/api/v1/pledges/workforce/submissions/991001-2026-27-AUTUMN-000001" },
			new String[] { "GET", "/api/v1/pledges/workforce/measures?term=2026-27-AUTUMN" });

	static final Map<TestPersona, String> WORKFORCE_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403"), Map.entry(TestPersona.SCHOOL_DSL, "403 403 403"),
			Map.entry(TestPersona.SENCO, "403 403 403"), Map.entry(TestPersona.INCLUSION_OFFICER, "403 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 403 403"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "403 403 403"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 403 403"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403"), Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403"), Map.entry(TestPersona.BOARD_ANALYST, "403 200 200"),
			Map.entry(TestPersona.AUDITOR, "403 403 403"), Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "200 200 200"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "200 200 200"),
			Map.entry(TestPersona.PLEDGE_OWNER, "200 200 200"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "200 200 200"));

	static Stream<Arguments> workforceMatrix() {
		return cells(WORKFORCE_RESOURCES, WORKFORCE_MATRIX);
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("workforceMatrix")
	void everyPersonaAgainstEveryWorkforceResource(TestPersona persona, String method, String path, int expected) {
		everyPersonaAgainstEveryResource(persona, method, path, expected);
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("pledgeMatrix")
	void everyPersonaAgainstEveryPledgeResource(TestPersona persona, String method, String path, int expected) {
		everyPersonaAgainstEveryResource(persona, method, path, expected);
	}

	/**
	 * Transport applications, appeals and disruptions (ADR 0038), the gateway's part:
	 * record an application, read a pupil's applications, record an appeal, record a
	 * disruption, the disruptions of a period, the entitled pupils not travelling (the
	 * service then refuses a school). Writes need transport:write (the LA's transport
	 * officer; the service refuses any other organisation again); reads transport:read,
	 * the service narrowing a school to travel to it.
	 */
	static final List<String[]> TRANSPORT_RESOURCES = List.of(new String[] { "POST", "/api/v1/transport/applications" },
			new String[] { "GET", "/api/v1/transport/applications/pupils/" + PUPIL },
			new String[] { "POST", "/api/v1/transport/appeals" },
			new String[] { "POST", "/api/v1/transport/disruptions" },
			new String[] { "GET", "/api/v1/transport/disruptions?from=2026-03-09&to=2026-03-13" },
			new String[] { "GET", "/api/v1/transport/entitled-not-travelling" });

	static final Map<TestPersona, String> TRANSPORT_MATRIX = Map.ofEntries(
			Map.entry(TestPersona.ATTENDANCE_LEAD, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_DSL, "403 200 403 403 200 200"),
			Map.entry(TestPersona.SENCO, "403 200 403 403 200 200"),
			Map.entry(TestPersona.INCLUSION_OFFICER, "403 200 403 403 200 200"),
			Map.entry(TestPersona.SEND_CASEWORKER, "403 200 403 403 200 200"),
			Map.entry(TestPersona.TRANSPORT_OFFICER, "200 200 200 200 200 200"),
			Map.entry(TestPersona.EHE_CME_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.LOCALITY_OFFICER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.POLICE_ENCOMPASS, "403 403 403 403 403 403"),
			Map.entry(TestPersona.YOUTH_JUSTICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.NHS_ADVICE, "403 403 403 403 403 403"),
			Map.entry(TestPersona.BOARD_ANALYST, "403 403 403 403 403 403"),
			Map.entry(TestPersona.AUDITOR, "403 403 403 403 403 403"),
			Map.entry(TestPersona.AGREEMENTS_ADMIN, "403 403 403 403 403 403"),
			Map.entry(TestPersona.STUDENT_PLEDGE_GROUP, "403 403 403 403 403 403"),
			Map.entry(TestPersona.WORKFORCE_PLEDGE_GROUP, "403 403 403 403 403 403"),
			Map.entry(TestPersona.PLEDGE_OWNER, "403 403 403 403 403 403"),
			Map.entry(TestPersona.SCHOOL_BUSINESS_MANAGER, "403 403 403 403 403 403"));

	static Stream<Arguments> transportMatrix() {
		return cells(TRANSPORT_RESOURCES, TRANSPORT_MATRIX);
	}

	/**
	 * The SEND service's plan and SEN2 routes have the assessment routes' matrix: a
	 * plan's sections (the LA's SEND caseworker writes; the service refuses others
	 * again), its history (ehcp:read; the service narrows a school to the plans naming
	 * it), and the SEN2 measures and export (also measures:read: the Board analyst,
	 * suppressed by the service). The export's column is the measures' column.
	 */
	static final List<String[]> PLAN_RESOURCES = List.of(
			new String[] { "PUT", "/api/v1/send/ehc-plans/A838200125001/sections" },
			new String[] { "GET", "/api/v1/send/ehc-plans/A838200125001/history" },
			new String[] { "GET", "/api/v1/send/sen2-measures" }, new String[] { "GET", "/api/v1/send/sen2-export" });

	static Stream<Arguments> planMatrix() {
		Map<TestPersona, String> matrix = new EnumMap<>(TestPersona.class);
		ASSESSMENT_MATRIX.forEach((persona, row) -> matrix.put(persona, row + " " + row.split(" ")[2]));
		return cells(PLAN_RESOURCES, matrix);
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@MethodSource("planMatrix")
	void everyPersonaAgainstEveryPlanResource(TestPersona persona, String method, String path, int expected) {
		everyPersonaAgainstEveryResource(persona, method, path, expected);
	}

	// ---- field-level policy and object-level authorisation (OWASP API1, API3)

	@Test
	void theTransportOfficerSeesNoHealthOrSafeguardingItem() {
		profile(TestPersona.TRANSPORT_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE", "ALTERNATIVE_PROVISION", "TRANSPORT"))
			.jsonPath("$.parts.ehcPlan.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.ehcPlan.data")
			.doesNotExist()
			.jsonPath("$.parts.suspensionsAndExclusions.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.suspensionsAndExclusions.data")
			.doesNotExist()
			.jsonPath("$.parts.partTimeTimetable.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.transport.data.arrangements[0].eligibilityBasis")
			.isEqualTo("STATUTORY_WALKING_DISTANCE")
			// where the child is taught, for travel to it, but not why (OWASP API3)
			.jsonPath("$.parts.alternativeProvision.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.parts.alternativeProvision.data.placements[0].providerUrn")
			.isEqualTo(FakeServices.AP_PROVIDER)
			.jsonPath("$.parts.alternativeProvision.data.placements[0].sessionsPerWeek")
			.isEqualTo(10)
			.jsonPath("$.parts.alternativeProvision.data.placements[*].reason")
			.isEmpty()
			.jsonPath("$.parts.alternativeProvision.data.placements[0].reasonWithheld")
			.isEqualTo("released only with SUSPENSIONS_AND_EXCLUSIONS (field-level policy)")
			.jsonPath("$.parts.alternativeProvision.data.placements[1].reasonWithheld")
			.isEqualTo("released only with EHC_PLAN (field-level policy)");
		assertThat(services.send.callers).as("data it may not receive is not even asked for").isEmpty();
		Caller asked = services.belonging.callers.get(0);
		assertThat(asked.organisation().asHeader())
			.as("asked as the gateway, which releases only the placements of the answer")
			.isEqualTo("SERVICE:gateway");
		assertThat(asked.scopes()).containsExactly("belonging:read");
		assertThat(asked.subject()).isEqualTo("transport_officer@dorset.example");
		get(TestPersona.TRANSPORT_OFFICER, "/api/v1/belonging/pupils/" + PUPIL).expectStatus().isForbidden();
	}

	@Test
	void anNhsClinicianUnderAnAgreementNamingAlternativeProvisionLearnsOfHealthPlacementsOnly() {
		putAgreement("DSA-NHS-AP-1", agreement("HEALTH:NHS-DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE",
				"ALTERNATIVE_PROVISION", "EHC_PLAN", "SUSPENSIONS_AND_EXCLUSIONS"))
			.expectStatus()
			.isCreated();

		profile(TestPersona.NHS_ADVICE.claims(), "OPERATION_ENCOMPASS", "DSA-NHS-AP-1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE", "ALTERNATIVE_PROVISION", "EHC_PLAN"))
			.jsonPath("$.parts.suspensionsAndExclusions.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.alternativeProvision.data.placements[0].reason")
			.doesNotExist()
			.jsonPath("$.parts.alternativeProvision.data.placements[0].reasonWithheld")
			.isEqualTo("released only with SUSPENSIONS_AND_EXCLUSIONS (field-level policy)")
			.jsonPath("$.parts.alternativeProvision.data.placements[1].reason")
			.isEqualTo("HEALTH_NEEDS");
		assertThat(services.belonging.callers).singleElement()
			.satisfies(asked -> assertThat(asked.scopes()).contains("belonging:read"));
	}

	@Test
	void aPartnerWhoseAgreementDoesNotNameAlternativeProvisionIsNotReleasedIt() {
		putAgreement("DSA-ENCOMPASS-AP", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();

		profile(TestPersona.POLICE_ENCOMPASS.claims(), "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-AP").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.alternativeProvision.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.alternativeProvision.data")
			.doesNotExist();
		assertThat(services.belonging.callers).as("the service holding only withheld items is not asked").isEmpty();
	}

	@Test
	void theInclusionOfficerSeesTheWholeProfile() {
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.registers.data.entries[0].kind")
			.isEqualTo("CHILD_MISSING_EDUCATION")
			.jsonPath("$.parts.registers.data.entries[0].daysWithoutPlace")
			.isEqualTo(18)
			.jsonPath("$.parts.registers.data.entries[0].closureReason")
			.isEqualTo("ON_ROLL")
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE", "SUSPENSIONS_AND_EXCLUSIONS", "PART_TIME_TIMETABLE",
					"ALTERNATIVE_PROVISION", "EHC_PLAN", "TRANSPORT", "REGISTERS"))
			.jsonPath("$.parts.alternativeProvision.data.placements[0].reason")
			.isEqualTo("SUSPENSION_SIXTH_DAY")
			.jsonPath("$.parts.alternativeProvision.data.placements[0].setting")
			.isEqualTo("PUPIL_REFERRAL_UNIT")
			.jsonPath("$.parts.alternativeProvision.data.placements[1].reason")
			.isEqualTo("HEALTH_NEEDS")
			.jsonPath("$.parts.alternativeProvision.data.placements[1].providerUrn")
			.isEmpty()
			.jsonPath("$.parts.alternativeProvision.data.placements[1].endDate")
			.isEmpty()
			.jsonPath("$.parts.attendance.data.combined.attendancePercent")
			.isEqualTo(88.0)
			.jsonPath("$.parts.ehcPlan.data.status")
			.isEqualTo("FINAL")
			.jsonPath("$.parts.ehcPlan.data.openAssessmentSteps[0].kind")
			.isEqualTo("DECISION_TO_ASSESS")
			.jsonPath("$.parts.ehcPlan.data.openAssessmentSteps[0].dueDate")
			.isEqualTo("2026-03-16")
			.jsonPath("$.parts.suspensionsAndExclusions.data.suspensions[0].sessions")
			.isEqualTo(4);
		assertThat(services.attendance.callers).as("each service is asked once").hasSize(1);
		assertThat(services.belonging.callers).hasSize(1);
		assertThat(services.send.callers).hasSize(1);
		assertThat(services.transport.callers).hasSize(1);
	}

	@Test
	void aSchoolIsRefusedAChildNotOnItsRollAndLearnsNothingElse() {
		String otherSchool = issuer.sign(TestPersona.SCHOOL_DSL.claimsAt("SCHOOL:991002").build());
		String unknownChild = "/api/v1/children/"
				+ uk.gov.dorsetcouncil.edu.platform.identifiers.Upn.withCheckLetter("838200125777").value()
				+ "/profile";
		for (String path : List.of(PROFILE, unknownChild)) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherSchool)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("this child is not on your school's roll")
				.jsonPath("$.parts")
				.doesNotExist();
		}
	}

	@Test
	void anInvalidUpnIsA400NamingTheField() {
		this.client.get()
			.uri("/api/v1/children/A123/profile")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.INCLUSION_OFFICER.claims().build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("upn");
	}

	// ---- data-sharing agreements

	@Test
	void aPoliceOfficerUnderAnAgreementReceivesOnlyItsItemsAndTheServicesSeeTheGateway() {
		putAgreement("DSA-ENCOMPASS-1",
				agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE", "EHC_PLAN"))
			.expectStatus()
			.isCreated();

		profile(TestPersona.POLICE_ENCOMPASS.claims(), "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE"))
			.jsonPath("$.agreement")
			.isEqualTo("DSA-ENCOMPASS-1")
			.jsonPath("$.parts.ehcPlan.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.ehcPlan.reason")
			.isEqualTo("not released under agreement DSA-ENCOMPASS-1 to your role");

		Caller asked = services.attendance.callers.get(0);
		assertThat(asked.organisation().asHeader()).isEqualTo("SERVICE:gateway");
		assertThat(asked.scopes()).containsExactly("attendance:read");
		assertThat(asked.subject()).isEqualTo("police_encompass@dorset.example");
	}

	@Test
	void aRequestUnderAWrongExpiredOrRevokedAgreementIsRefusedWithTheReason() {
		putAgreement("DSA-ENCOMPASS-2", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		putAgreement("DSA-ENCOMPASS-OLD", agreement("POLICE:DORSET", "2020-01-01", "2020-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		var police = TestPersona.POLICE_ENCOMPASS.claims();

		refused(profile(police, null, "DSA-ENCOMPASS-2"), "name the purpose of this request");
		refused(profile(police, "OPERATION_ENCOMPASS", null), "name the data-sharing agreement");
		refused(profile(police, "CRIMINAL_INVESTIGATION", "DSA-ENCOMPASS-2"),
				"agreement DSA-ENCOMPASS-2 does not cover the purpose CRIMINAL_INVESTIGATION");
		refused(profile(police, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-OLD"),
				"agreement DSA-ENCOMPASS-OLD expired on 2020-12-31");
		refused(profile(TestPersona.NHS_ADVICE.claims(), "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-2"),
				"agreement DSA-ENCOMPASS-2 does not name HEALTH:NHS-DORSET as a party");

		profile(police, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-2").expectStatus().isOk();
		this.client.put()
			.uri("/api/v1/agreements/DSA-ENCOMPASS-2/status")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("status", "REVOKED", "reason", "the force asked for more than agreed"))
			.exchange()
			.expectStatus()
			.isOk();
		refused(profile(police, "OPERATION_ENCOMPASS", "DSA-ENCOMPASS-2"),
				"agreement DSA-ENCOMPASS-2 was revoked: the force asked for more than agreed");
		putAgreement("DSA-ENCOMPASS-2", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isEqualTo(409);
		assertThat(services.attendance.callers).as("refused requests ask no service").hasSize(1);
	}

	@Test
	void partnersCannotReachTheServicesRoutesDirectly() {
		this.client.get()
			.uri("/api/v1/attendance/pupils/" + PUPIL)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer
				.sign(TestPersona.POLICE_ENCOMPASS.claims().claim("scope", "attendance:read profile:read").build()))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void anAgreementIsCheckedWholeAndStatusCannotBeMassAssigned() {
		putAgreement("DSA-BAD", Map.of("title", "", "parties", List.of("SCHOOL:1"))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(((List<?>) fields).stream().map(String::valueOf).toList()).contains("title",
					"parties[0]", "purposes", "lawfulBasis", "dataItems", "start", "expiry"));
		Map<String, Object> withStatus = new java.util.HashMap<>(
				agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"));
		withStatus.put("status", "SUSPENDED");
		// A field the operation does not take is refused by name, never ignored.
		putAgreement("DSA-MASS", withStatus).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements/DSA-MASS").expectStatus().isNotFound();
	}

	// ---- partial answers, deadlines and breakers

	/** The gateway is ready once its channels to the four services have connected. */
	@Test
	void theGatewayIsReadyOnceItsChannelsToTheServicesHaveConnected() throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int status;
		do {
			status = this.client.get()
				.uri("/actuator/health/readiness")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value();
			if (status != 200) {
				Thread.sleep(100);
			}
		}
		while (status != 200 && System.nanoTime() < until);
		assertThat(status).isEqualTo(200);
	}

	@Test
	void aServiceThatIsDownOrSlowIsMarkedUnavailableAndTheRestIsAnswered() {
		services.send.behave(Behaviour.DOWN);
		services.transport.behave(Behaviour.SLOW);
		long started = System.nanoTime();
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE", "SUSPENSIONS_AND_EXCLUSIONS", "PART_TIME_TIMETABLE",
					"ALTERNATIVE_PROVISION", "REGISTERS"))
			.jsonPath("$.parts.ehcPlan.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.ehcPlan.reason")
			.isEqualTo("the send service is not reachable")
			.jsonPath("$.parts.transport.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.transport.reason")
			.isEqualTo("the transport service did not answer within 400 ms");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1400));
	}

	@Test
	void theBreakerOpensOnRepeatedFailuresAndThePartReturnsWhenTheServiceRecovers() throws InterruptedException {
		services.belonging.behave(Behaviour.DOWN);
		for (int i = 0; i < 4; i++) {
			profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus().isOk();
		}
		int asked = services.belonging.callers.size();
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.suspensionsAndExclusions.reason")
			.value(String.class, reason -> assertThat(reason).contains("circuit open"))
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("AVAILABLE");
		assertThat(services.belonging.callers).as("an open breaker fails fast without calling").hasSize(asked);

		services.belonging.behave(Behaviour.ANSWER);
		Thread.sleep(1200);
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.suspensionsAndExclusions.status")
			.isEqualTo("AVAILABLE");
	}

	@Test
	void anAnswerAboutAnotherChildIsNeverReleased() {
		services.send.behave(Behaviour.OTHER_CHILD);
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.ehcPlan.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.ehcPlan.data")
			.doesNotExist();
	}

	@Test
	void deadlinesThisWeekComeFromEachSourceTheCallerMayReceive() {
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/deadlines/this-week?date=2026-03-12").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo("2026-03-09")
			.jsonPath("$.to")
			.isEqualTo("2026-03-15")
			.jsonPath("$.deadlines[0].kind")
			.isEqualTo("ANNUAL_REVIEW")
			.jsonPath("$.deadlines[0].dueDate")
			.isEqualTo("2026-03-14")
			.jsonPath("$.deadlines.length()")
			.isEqualTo(1)
			// an annual review due in the past and outstanding is shown beside the week's
			.jsonPath("$.overdue[0].upn")
			.isEqualTo(FakeServices.OVERDUE_PUPIL)
			.jsonPath("$.overdue[0].dueDate")
			.isEqualTo("2025-09-28")
			.jsonPath("$.overdue[0].overdue")
			.isEqualTo(true)
			.jsonPath("$.overdue.length()")
			.isEqualTo(1)
			.jsonPath("$.sources.belonging.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.sources.transport.status")
			.isEqualTo("AVAILABLE");
		services.belonging.behave(Behaviour.DOWN);
		get(TestPersona.TRANSPORT_OFFICER, "/api/v1/deadlines/this-week?date=2026-03-12").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.deadlines")
			.isEmpty()
			.jsonPath("$.sources.send.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.sources.transport.status")
			.isEqualTo("AVAILABLE");
	}

	// ---- small-number suppression

	@Test
	void theAnalystSeesTheDashboardSuppressedAndTheOfficerUnsuppressed() {
		get(TestPersona.BOARD_ANALYST, "/api/v1/dashboards/ehc-plans").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(true)
			.jsonPath("$.rows[0].counts[0]")
			.isEqualTo("c")
			.jsonPath("$.rows[0].total")
			.isEqualTo("c")
			.jsonPath("$.totals.total")
			.isEqualTo(95);
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/ehc-plans").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.suppressed")
			.isEqualTo(false)
			.jsonPath("$.rows[0].counts[0]")
			.isEqualTo(1);
		services.send.behave(Behaviour.DOWN);
		get(TestPersona.BOARD_ANALYST, "/api/v1/dashboards/ehc-plans").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UNAVAILABLE");
	}

	// ---- school, locality and county dashboards

	@Test
	void theOfficerSeesASchoolsDashboardForATermWithEveryFigureLabelled() {
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/schools/" + FakeServices.SCHOOL + "?term=AUTUMN")
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.area.type")
			.isEqualTo("SCHOOL")
			.jsonPath("$.period.term")
			.isEqualTo("AUTUMN")
			.jsonPath("$.asOf")
			.exists()
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.parts.attendance.data.basis")
			.isEqualTo("academic year to date")
			.jsonPath("$.parts.attendance.data.asOf")
			.isEqualTo("2026-11-23T08:00:00Z")
			.jsonPath("$.parts.attendance.data.suppressed")
			.isEqualTo(false)
			.jsonPath("$.parts.attendance.data.groups[0].enrolments")
			.isEqualTo(2)
			.jsonPath("$.parts.attendance.data.groups[0].overallAbsenceRate")
			.isEqualTo(6.4)
			.jsonPath("$.parts.needingHelpNow.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.parts.needingHelpNow.data.basis")
			.exists()
			.jsonPath("$.parts.needingHelpNow.data.asOf")
			.isEqualTo("2026-11-23T08:00:00Z")
			.jsonPath("$.parts.needingHelpNow.data.byReason[2].children")
			.isEqualTo(2)
			.jsonPath("$.parts.ehcPlans.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.parts.ehcPlans.data.basis")
			.exists()
			.jsonPath("$.parts.ehcPlans.data.rows.length()")
			.isEqualTo(1)
			.jsonPath("$.parts.ehcPlans.data.rows[0].schoolUrn")
			.isEqualTo(FakeServices.SCHOOL)
			.jsonPath("$.parts.ehcPlans.data.totals.total")
			.isEqualTo(48);
		assertThat(services.lastPeriod.get().getTerm()).isEqualTo("AUTUMN");
		assertThat(services.attendance.callers).as("figures are asked for as the caller")
			.anyMatch(caller -> caller.subject().equals("inclusion_officer@dorset.example"));
	}

	@Test
	void aSchoolSeesOnlyItsOwnDashboardAndPlanCountsSuppressedWithoutTheRightToPlans() {
		String lead = issuer.sign(TestPersona.ATTENDANCE_LEAD.claims()
			.claim("scope", "attendance:read profile:read dashboards:read")
			.build());
		this.client.get()
			.uri("/api/v1/dashboards/schools/" + FakeServices.SCHOOL + "?from=2026-10-01&to=2026-10-31")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.period.from")
			.isEqualTo("2026-10-01")
			.jsonPath("$.parts.attendance.data.suppressed")
			.isEqualTo(false)
			.jsonPath("$.parts.needingHelpNow.data.suppressed")
			.isEqualTo(false)
			.jsonPath("$.parts.ehcPlans.data.suppressed")
			.isEqualTo(true);
		assertThat(services.lastPeriod.get().getFromDate()).isEqualTo("2026-10-01");
		assertThat(services.lastPeriod.get().getToDate()).isEqualTo("2026-10-31");
		for (String path : List.of("/api/v1/dashboards/schools/" + FakeServices.ELSEWHERE,
				"/api/v1/dashboards/localities/" + FakeServices.LOCALITY, "/api/v1/dashboards/local-authority")) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + lead)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
	}

	@Test
	void theAnalystSeesEveryAreaSmallNumberSuppressedAlertCountsIncluded() {
		get(TestPersona.BOARD_ANALYST, "/api/v1/dashboards/local-authority").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.attendance.data.suppressed")
			.isEqualTo(true)
			.jsonPath("$.parts.attendance.data.groups[0].enrolments")
			.isEqualTo("c")
			.jsonPath("$.parts.needingHelpNow.data.suppressed")
			.isEqualTo(true)
			.jsonPath("$.parts.needingHelpNow.data.childrenNeedingHelp")
			.isEqualTo(17)
			.jsonPath("$.parts.needingHelpNow.data.byReason[2].children")
			.isEqualTo("c")
			.jsonPath("$.parts.needingHelpNow.data.byReason[3].children")
			.isEqualTo(0)
			.jsonPath("$.parts.needingHelpNow.data.severelyAbsent")
			.isEqualTo(6)
			.jsonPath("$.parts.needingHelpNow.data.severelyAbsentWithCurrentPlan")
			.isEqualTo("c")
			.jsonPath("$.parts.ehcPlans.data.suppressed")
			.isEqualTo(true)
			.jsonPath("$.parts.ehcPlans.data.rows[0].total")
			.isEqualTo("c");
		get(TestPersona.BOARD_ANALYST, "/api/v1/dashboards/schools/" + FakeServices.ELSEWHERE).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.attendance.data.suppressed")
			.isEqualTo(true);
	}

	@Test
	void figuresTheServiceFailedToSuppressAreNotReleasedToTheAnalyst() {
		services.attendance.behave(Behaviour.NEVER_SUPPRESSES);
		get(TestPersona.BOARD_ANALYST, "/api/v1/dashboards/localities/NORTH").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.attendance.data")
			.doesNotExist()
			.jsonPath("$.parts.ehcPlans.status")
			.isEqualTo("AVAILABLE");
	}

	@Test
	void eachDashboardPartFailsAloneAndSaysWhy() {
		services.attendance.behave(Behaviour.UNIMPLEMENTED);
		services.send.behave(Behaviour.DOWN);
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/localities/" + FakeServices.LOCALITY).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.needingHelpNow.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.needingHelpNow.reason")
			.isEqualTo("the attendance service does not answer this yet (UNIMPLEMENTED)")
			.jsonPath("$.parts.ehcPlans.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.ehcPlans.reason")
			.isEqualTo("the send service is not reachable")
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("AVAILABLE");
		services.reset();
		services.attendance.behave(Behaviour.DOWN);
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/localities/" + FakeServices.LOCALITY).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("UNAVAILABLE")
			.jsonPath("$.parts.ehcPlans.reason")
			.value(String.class, reason -> assertThat(reason)
				.startsWith("which schools are in the area is not known: the attendance service"));
	}

	@Test
	void aLocalitysDashboardCountsThePlansOfItsSchoolsOnly() {
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/localities/" + FakeServices.LOCALITY).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.ehcPlans.data.rows[*].schoolUrn")
			.isEqualTo(List.of(FakeServices.SCHOOL, FakeServices.NEIGHBOUR))
			.jsonPath("$.parts.ehcPlans.data.totals.total")
			.isEqualTo(51)
			.jsonPath("$.parts.attendance.data.groups[*].group")
			.isEqualTo(List.of(FakeServices.SCHOOL, FakeServices.NEIGHBOUR));
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/local-authority").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.ehcPlans.data.rows.length()")
			.isEqualTo(4);
	}

	@Test
	void aDashboardQuestionThatMakesNoSenseIsA400NamingTheParameter() {
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/localities/ATLANTIS").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("locality");
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/schools/12ab").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("urn");
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/local-authority?term=AUTUMN&from=2026-09-01")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("term");
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/dashboards/local-authority?from=2026-10-01&to=2026-09-01")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(services.attendance.callers).isEmpty();
	}

	// ---- locality officers

	@Test
	void aLocalityOfficerSeesTheirLocalityAndItsSchoolsAndNothingElse() {
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/schools/" + FakeServices.NEIGHBOUR).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.parts.attendance.data.suppressed")
			.isEqualTo(false)
			.jsonPath("$.parts.needingHelpNow.data.suppressed")
			.isEqualTo(false)
			// no pupil-level right to EHC plans
			.jsonPath("$.parts.ehcPlans.data.suppressed")
			.isEqualTo(true);
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/schools/" + FakeServices.ELSEWHERE).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("school " + FakeServices.ELSEWHERE + " is not one of the schools of CHESIL");
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/localities/NORTH").expectStatus().isForbidden();
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/local-authority").expectStatus().isForbidden();
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/ehc-plans").expectStatus().isForbidden();
	}

	@Test
	void whetherASchoolIsInTheOfficersLocalityUnknownIsA503NotAnAnswer() {
		services.attendance.behave(Behaviour.DOWN);
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/dashboards/schools/" + FakeServices.SCHOOL).expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.parts")
			.doesNotExist();
		assertThat(services.send.callers).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource({ "LOCALITY:ATLANTIS, LOCALITY_INCLUSION_OFFICER",
			"LOCALITY:chesil, LOCALITY_INCLUSION_OFFICER", "LOCALITY:CHESIL, LA_INCLUSION_OFFICER" })
	void aLocalityTokenIsAcceptedOnlyForAKnownLocalityAndTheLocalityOfficer(String organisation, String role) {
		this.client.get()
			.uri("/api/v1/attendance/schools")
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + issuer.sign(TestPersona.LOCALITY_OFFICER.claims()
						.claim("org", organisation)
						.claim("roles", List.of(role))
						.build()))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching("/api/.*"))))
			.isEmpty();
	}

	@Test
	void aLocalityOfficersProfileHoldsAttendanceOnlyAndSaysTheRestIsPolicy() {
		profile(TestPersona.LOCALITY_OFFICER.claims()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.released")
			.isEqualTo(List.of("ATTENDANCE"))
			.jsonPath("$.parts.attendance.status")
			.isEqualTo("AVAILABLE")
			.jsonPath("$.parts.suspensionsAndExclusions.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.suspensionsAndExclusions.reason")
			.value(String.class, reason -> assertThat(reason).startsWith("not released to locality officers"))
			.jsonPath("$.parts.ehcPlan.status")
			.isEqualTo("WITHHELD")
			.jsonPath("$.parts.transport.status")
			.isEqualTo("WITHHELD");
		assertThat(services.attendance.callers).singleElement()
			.satisfies(caller -> assertThat(caller.organisation().asHeader()).isEqualTo("LOCALITY:CHESIL"));
		assertThat(services.belonging.callers).isEmpty();
		assertThat(services.send.callers).isEmpty();
		assertThat(services.transport.callers).isEmpty();
		this.client.get()
			.uri(PROFILE)
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + issuer.sign(TestPersona.LOCALITY_OFFICER.claimsAt("LOCALITY:NORTH").build()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("this child is not on the roll of a school in your locality");
	}

	@Test
	void aLocalityOfficersAttendanceReadIsRoutedAsTheirLocality() {
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/attendance/pupils/" + PUPIL).expectStatus().isOk();
		assertThat(backends.of(PlatformService.ATTENDANCE)
			.findAll(anyRequestedFor(urlPathMatching("/api/v1/attendance/pupils/.*")))).singleElement()
			.satisfies(request -> assertThat(request.getHeader("x-dorset-organisation")).isEqualTo("LOCALITY:CHESIL"));
		// Belonging reads go as the locality too; the service decides (a pupil's whole
		// belonging record is the county's, the exclusions of the locality's schools are
		// theirs).
		get(TestPersona.LOCALITY_OFFICER, "/api/v1/belonging/steps").expectStatus().isOk();
		assertThat(backends.of(PlatformService.BELONGING)
			.findAll(anyRequestedFor(urlPathMatching("/api/v1/belonging/steps")))).singleElement()
			.satisfies(request -> assertThat(request.getHeader("x-dorset-organisation")).isEqualTo("LOCALITY:CHESIL"));
	}

	// ---- changes since (ADR 0023)

	@Test
	void aSchoolReadsItsOwnChangesInOrderAndTheAuditNamesTheChildren() {
		get(TestPersona.ATTENDANCE_LEAD, "/api/v1/changes?after=0&limit=10").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes[*].changeId")
			.isEqualTo(List.of("c1", "c2", "c4"))
			.jsonPath("$.changes[0].type")
			.isEqualTo("CREATED")
			.jsonPath("$.changes[1].payload.to")
			.isEqualTo("I")
			.jsonPath("$.nextAfter")
			.isEqualTo(4)
			.jsonPath("$.latest")
			.isEqualTo(4)
			.jsonPath("$.lag")
			.isEqualTo(0);
		get(TestPersona.AUDITOR, "/api/v1/audit/records?child=" + PUPIL).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.action == 'GET /api/v1/changes')].children[*]")
			.value((children) -> assertThat(children.toString()).contains(PUPIL));
	}

	@Test
	void theLocalAuthorityReadsEveryDeletionWithItsGroundAndDestination() {
		get(TestPersona.EHE_CME_OFFICER, "/api/v1/changes?after=1&entity=enrolment").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes.length()")
			.isEqualTo(1)
			.jsonPath("$.changes[0].type")
			.isEqualTo("DELETED")
			.jsonPath("$.changes[0].key")
			.isEqualTo(FakeServices.ELSEWHERE + ":" + FakeServices.OTHER_PUPIL)
			.jsonPath("$.changes[0].payload.deletionGround")
			.isEqualTo("MOVED_AWAY")
			.jsonPath("$.changes[0].payload.destination")
			.isEqualTo("Somerset")
			.jsonPath("$.nextAfter")
			.isEqualTo(4);
	}

	@Test
	void theTransportOfficerReadsJoinsLeavesAndClosuresButNoMarks() {
		get(TestPersona.TRANSPORT_OFFICER, "/api/v1/changes").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.changes[*].entityType")
			.isEqualTo(List.of("enrolment", "enrolment", "school-calendar"));
		get(TestPersona.TRANSPORT_OFFICER, "/api/v1/changes?entity=register-mark").expectStatus().isForbidden();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			after=-1           | 400 | after
			after=x            | 400 | after
			limit=0            | 400 | limit
			limit=1001         | 400 | limit
			entity=pupil       | 400 | entity
			after=99           | 410 |
			""")
	void aBadCursorIsAProblemNamingIt(String query, int status, String field) {
		WebTestClient.BodyContentSpec body = get(TestPersona.INCLUSION_OFFICER, "/api/v1/changes?" + query)
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody();
		if (field != null) {
			body.jsonPath("$.errors[0].field").isEqualTo(field);
		}
	}

	// ---- audit

	@Test
	void everyReleaseIsAuditedAndTheSchoolSeesWhoLookedAtItsPupil() {
		profile(TestPersona.SEND_CASEWORKER.claims()).expectStatus().isOk();
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=send_caseworker@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].children[0]")
			.isEqualTo(PUPIL)
			.jsonPath("$.items[0].client")
			.isEqualTo("client-send_caseworker")
			.jsonPath("$.items[0].organisation")
			.isEqualTo("LOCAL_AUTHORITY:838")
			.jsonPath("$.items[0].fields")
			.isEqualTo(List.of("ATTENDANCE", "SUSPENSIONS_AND_EXCLUSIONS", "PART_TIME_TIMETABLE",
					"ALTERNATIVE_PROVISION", "EHC_PLAN", "TRANSPORT", "REGISTERS"))
			.jsonPath("$.items[0].outcome")
			.isEqualTo("RELEASED")
			.jsonPath("$.items[0].schools")
			.isEqualTo(List.of(FakeServices.AP_PROVIDER, FakeServices.SCHOOL));
		get(TestPersona.SCHOOL_DSL, "/api/v1/audit/pupil-access?size=100").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.subject == 'send_caseworker@dorset.example')]")
			.exists();
		String otherSchool = issuer.sign(TestPersona.SCHOOL_DSL.claimsAt("SCHOOL:991002").build());
		this.client.get()
			.uri("/api/v1/audit/pupil-access?size=100")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + otherSchool)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.subject == 'send_caseworker@dorset.example')]")
			.doesNotExist();
	}

	@Test
	void aRollListedCountyWideNeedsAPurposeAndIsAuditedWithEveryChildItReleased() {
		backends.of(PlatformService.ATTENDANCE)
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching(ROLL))
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
					.withStatus(200)
					.withHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
					.withHeader(CallerHeaders.RELEASED_CHILDREN, PUPIL + " " + FakeServices.OTHER_PUPIL)
					.withHeader(CallerHeaders.RELEASED_SCHOOLS, FakeServices.SCHOOL)
					.withBody("{\"items\":[{\"upn\":\"" + PUPIL + "\"},{\"upn\":\"" + FakeServices.OTHER_PUPIL
							+ "\"}],\"page\":0,\"size\":100,\"total\":2}")));
		// Without a purpose, or with one that is not a code, the LA is refused and the
		// service is not asked.
		get(TestPersona.EHE_CME_OFFICER, ROLL + "?size=100").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("purpose");
		get(TestPersona.EHE_CME_OFFICER, ROLL + "?purpose=just+looking").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("purpose");
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching(ROLL)))).isEmpty();

		// With one, the list is answered, and the names meant for the audit are not.
		this.client.get()
			.uri(ROLL + "?size=100")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.EHE_CME_OFFICER.claims().build()))
			.header("X-Dorset-Purpose", "CHILDREN_MISSING_EDUCATION")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(CallerHeaders.RELEASED_CHILDREN)
			.expectHeader()
			.doesNotExist(CallerHeaders.RELEASED_SCHOOLS)
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(2);
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=ehe_cme_officer@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("GET " + ROLL)
			.jsonPath("$.items[0].children")
			.isEqualTo(List.of(PUPIL, FakeServices.OTHER_PUPIL))
			.jsonPath("$.items[0].schools")
			.isEqualTo(List.of(FakeServices.SCHOOL))
			.jsonPath("$.items[0].purpose")
			.isEqualTo("CHILDREN_MISSING_EDUCATION")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("RELEASED");

		// The school sees the list read of its pupils beside the profile reads, and lists
		// its own roll without naming a purpose.
		get(TestPersona.SCHOOL_DSL, "/api/v1/audit/pupil-access?child=" + FakeServices.OTHER_PUPIL + "&size=100")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.subject == 'ehe_cme_officer@dorset.example')].action")
			.isEqualTo(List.of("GET " + ROLL));
		get(TestPersona.ATTENDANCE_LEAD, ROLL).expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(CallerHeaders.RELEASED_CHILDREN);
	}

	@Test
	void aSuccessfulReadRoutedToAServiceIsAuditedWithTheChildInItsPath() {
		get(TestPersona.EHE_CME_OFFICER, "/api/v1/attendance/pupils/" + PUPIL + "?from=2026-09-01").expectStatus()
			.isOk();
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=ehe_cme_officer@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("GET /api/v1/attendance/pupils/" + PUPIL)
			.jsonPath("$.items[0].children")
			.isEqualTo(List.of(PUPIL))
			.jsonPath("$.items[0].fields")
			.isEqualTo(List.of("ROUTED_ANSWER", "ATTENDANCE"));
	}

	@Test
	void everyRoutedWriteAcceptedOrRefusedIsAuditedAndTheChainHolds() {
		backends.of(PlatformService.ATTENDANCE)
			.stubFor(
					com.github.tomakehurst.wiremock.client.WireMock.put(urlPathMatching("/api/v1/attendance/closed/.*"))
						.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(422)));
		String plan = "/api/v1/attendance/pupils/" + PUPIL + "/attendance-plan";
		write(TestPersona.ATTENDANCE_LEAD, HttpMethod.PUT, plan).expectStatus().isOk();
		write(TestPersona.ATTENDANCE_LEAD, HttpMethod.POST, "/api/v1/send/plans").expectStatus().isForbidden();
		write(TestPersona.ATTENDANCE_LEAD, HttpMethod.PUT, "/api/v1/attendance/closed/" + PUPIL).expectStatus()
			.isEqualTo(422);
		write(TestPersona.POLICE_ENCOMPASS, HttpMethod.DELETE, plan).expectStatus().isForbidden();

		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=attendance_lead@dorset.example&size=3").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[2].action")
			.isEqualTo("PUT " + plan)
			.jsonPath("$.items[2].children")
			.isEqualTo(List.of(PUPIL))
			.jsonPath("$.items[2].client")
			.isEqualTo("client-attendance_lead")
			.jsonPath("$.items[2].outcome")
			.isEqualTo("ACCEPTED")
			.jsonPath("$.items[2].reason")
			.isEqualTo("the attendance service answered 200")
			.jsonPath("$.items[1].action")
			.isEqualTo("POST /api/v1/send/plans")
			.jsonPath("$.items[1].outcome")
			.isEqualTo("REFUSED")
			.jsonPath("$.items[1].reason")
			.isEqualTo("the gateway answered 403")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("REFUSED")
			.jsonPath("$.items[0].reason")
			.isEqualTo("the attendance service answered 422");
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=police_encompass@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("DELETE " + plan)
			.jsonPath("$.items[0].organisation")
			.isEqualTo("POLICE:DORSET")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("REFUSED");
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	/**
	 * Two administrators edit one agreement (ADR 0027): each read and write answers the
	 * agreement's version as a strong ETag; a change made from a version since changed is
	 * refused 412 and changes nothing; without If-Match a change goes ahead as before.
	 */
	@Test
	void anAgreementChangedSinceItWasReadIsRefusedWithTheVersionHeld() {
		putAgreement("DSA-ETAG", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE")).expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"");
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements/DSA-ETAG").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"1\"");

		conditionalPut("/api/v1/agreements/DSA-ETAG", "\"1\"",
				agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE", "ALTERNATIVE_PROVISION"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
		conditionalPut("/api/v1/agreements/DSA-ETAG", "\"1\"",
				agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE", "EHC_PLAN"))
			.expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.value(String.class, type -> assertThat(type).endsWith("/problems/precondition-failed"))
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).contains("agreement DSA-ETAG is at version 2"));
		conditionalPut("/api/v1/agreements/DSA-ETAG/status", "\"1\"",
				Map.of("status", "SUSPENDED", "reason", "under review"))
			.expectStatus()
			.isEqualTo(412);
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements/DSA-ETAG").expectBody()
			.jsonPath("$.dataItems")
			.isEqualTo(List.of("ALTERNATIVE_PROVISION", "ATTENDANCE"))
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");

		conditionalPut("/api/v1/agreements/DSA-ETAG/status", "\"2\"",
				Map.of("status", "SUSPENDED", "reason", "under review"))
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"3\"");
		conditionalPut("/api/v1/agreements/DSA-ETAG/status", "not-a-tag", Map.of("status", "ACTIVE")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
		status("DSA-ETAG", "{\"status\":\"ACTIVE\"}").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"4\"");
	}

	@Test
	void everyChangeToAnAgreementIsAuditedWithWhatChanged() {
		putAgreement("DSA-AUDITED", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE")).expectStatus()
			.isCreated();
		putAgreement("DSA-AUDITED", agreement("POLICE:DORSET", "2026-01-01", "2027-12-31", "ATTENDANCE")).expectStatus()
			.isOk();
		for (String status : List.of("SUSPENDED", "REVOKED")) {
			this.client.put()
				.uri("/api/v1/agreements/DSA-AUDITED/status")
				.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("status", status, "reason", "the force's review"))
				.exchange()
				.expectStatus()
				.isOk();
		}
		putAgreement("DSA-AUDITED", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE")).expectStatus()
			.isEqualTo(409);
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=agreements_admin@dorset.example&size=100")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.agreement == 'DSA-AUDITED')].reason")
			.isEqualTo(List.of("the gateway answered 409", "status SUSPENDED -> REVOKED: the force's review",
					"status ACTIVE -> SUSPENDED: the force's review",
					"replaced (was parties POLICE:DORSET; purposes OPERATION_ENCOMPASS; items ATTENDANCE; "
							+ "2026-01-01 to 2099-12-31; ACTIVE): parties POLICE:DORSET; purposes OPERATION_ENCOMPASS; "
							+ "items ATTENDANCE; 2026-01-01 to 2027-12-31; ACTIVE",
					"created: parties POLICE:DORSET; purposes OPERATION_ENCOMPASS; items ATTENDANCE; "
							+ "2026-01-01 to 2099-12-31; ACTIVE"))
			.jsonPath("$.items[?(@.agreement == 'DSA-AUDITED')].outcome")
			.isEqualTo(List.of("REFUSED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED"));
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	@Test
	void aReasonThatIsNotValidUnicodeIsRefusedNamingItAndNothingIsStored() {
		// Issue 13's reproducer: a lone surrogate is legal JSON text; it was answered
		// 200,
		// stored as U+FFFD, and the chain reported tampering ever after.
		putAgreement("DSA-SURROGATE", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		status("DSA-SURROGATE", "{\"status\":\"SUSPENDED\",\"reason\":\"\\ud800\"}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-input")
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason")
			.jsonPath("$.errors[0].detail")
			.isEqualTo("the reason holds an unpaired surrogate (U+D800) at index 0, which is not valid Unicode");
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements/DSA-SURROGATE").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.statusReason")
			.isEqualTo("");
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	/** Bodies with text that cannot be kept, and the field each problem names. */
	static Stream<Arguments> unkeepableText() {
		String agreement = "{\"title\":%s,\"parties\":[%s],\"purposes\":[\"OPERATION_ENCOMPASS\"],"
				+ "\"lawfulBasis\":%s,\"dataItems\":[\"ATTENDANCE\"],\"start\":\"2026-01-01\",\"expiry\":\"2099-12-31\"}";
		String ok = "\"fine\"";
		String party = "\"POLICE:DORSET\"";
		return Stream.of(Arguments.of("/status", "{\"status\":\"SUSPENDED\",\"reason\":\"a\\udc00b\"}", "reason"),
				Arguments.of("/status", "{\"status\":\"SUSPENDED\",\"reason\":\"nul\\u0000\"}", "reason"),
				Arguments.of("/status", "{\"status\":\"SUSPENDED\",\"reason\":\"evil\u202egnp.exe\"}", "reason"),
				Arguments.of("/status", "{\"status\":\"SUSPENDED\",\"reason\":\"" + "x".repeat(100_000) + "\"}",
						"reason"),
				Arguments.of("/status", "{\"status\":\"\\ud800\",\"reason\":\"why\"}", "status"),
				Arguments.of("", agreement.formatted("\"\\ud800\"", party, ok), "title"),
				Arguments.of("", agreement.formatted("\"two\\nlines\"", party, ok), "title"),
				Arguments.of("", agreement.formatted(ok, "\"\\udc00\"", ok), "parties[0]"),
				Arguments.of("", agreement.formatted(ok, party, "\"Art 6\\u0007\""), "lawfulBasis"));
	}

	@ParameterizedTest(name = "{2}")
	@MethodSource("unkeepableText")
	void textThatCannotBeKeptIsA400NamingTheFieldNeverA500(String path, String body, String field) {
		putAgreement("DSA-UNKEPT", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE")).expectStatus()
			.is2xxSuccessful();
		this.client.put()
			.uri("/api/v1/agreements/DSA-UNKEPT" + path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements/DSA-UNKEPT").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Operation Encompass notifications")
			.jsonPath("$.status")
			.isEqualTo("ACTIVE");
	}

	@Test
	void aPurposeOrAgreementThatIsNotACodeIsA400BeforeAnythingIsRecorded() {
		this.client.get()
			.uri(PROFILE + "?purpose={purpose}&agreement=DSA-X", "SAFEGUARDING\u202e\u0000")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.POLICE_ENCOMPASS.claims().build()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("purpose");
		profile(TestPersona.POLICE_ENCOMPASS.claims(), "OPERATION_ENCOMPASS", "not an agreement id").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("agreement");
		assertThat(services.attendance.callers).isEmpty();
	}

	@Test
	void hostileButValidTextIsKeptExactlyInEveryKindOfRecordAndTheChainVerifies() {
		// Everything a reason may hold: characters beyond the Basic Multilingual Plane,
		// marks, combining and right-to-left letters, quotes, backslashes, line breaks.
		String reason = "review \ud83d\ude00\ud83c\udff4\udb40\udc67\udb40\udc7f \u200f\u0645\u0631\u062d\u0628\u0627 "
				+ "e\u0301 \"quoted\" back\\slash\nsecond line\ttab \u2028 \ufeff";
		putAgreement("DSA-HOSTILE", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE")).expectStatus()
			.isCreated();
		this.client.put()
			.uri("/api/v1/agreements/DSA-HOSTILE/status")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("status", "SUSPENDED", "reason", reason))
			.exchange()
			.expectStatus()
			.isOk();
		refused(profile(TestPersona.POLICE_ENCOMPASS.claims(), "OPERATION_ENCOMPASS", "DSA-HOSTILE"),
				"agreement DSA-HOSTILE is suspended: " + reason);
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus().isOk();
		// Sent as it is written, not encoded again by the client.
		String encoded = "/api/v1/attendance/pupils/" + PUPIL + "/%E2%80%AE%F0%9F%98%80%22";
		java.net.URI exactly = java.net.URI.create("http://127.0.0.1:" + this.port + encoded);
		for (Object[] call : new Object[][] { { TestPersona.INCLUSION_OFFICER, HttpMethod.GET, 200 },
				{ TestPersona.INCLUSION_OFFICER, HttpMethod.PUT, 200 },
				{ TestPersona.POLICE_ENCOMPASS, HttpMethod.PUT, 403 } }) {
			this.client.method((HttpMethod) call[1])
				.uri(exactly)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(((TestPersona) call[0]).claims().build()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("reviewDate", "2026-12-01"))
				.exchange()
				.expectStatus()
				.isEqualTo((int) call[2]);
		}

		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=agreements_admin@dorset.example&size=100")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.agreement == 'DSA-HOSTILE' && @.outcome == 'ACCEPTED')].reason")
			.isEqualTo(List.of("status ACTIVE -> SUSPENDED: " + reason, "created: parties POLICE:DORSET; purposes "
					+ "OPERATION_ENCOMPASS; items ATTENDANCE; 2026-01-01 to 2099-12-31; ACTIVE"));
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=police_encompass@dorset.example&size=2").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[1].reason")
			.isEqualTo("agreement DSA-HOSTILE is suspended: " + reason)
			.jsonPath("$.items[1].outcome")
			.isEqualTo("REFUSED")
			.jsonPath("$.items[0].action")
			.isEqualTo("PUT " + encoded);
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=inclusion_officer@dorset.example&size=2").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].action")
			.isEqualTo(List.of("PUT " + encoded, "GET " + encoded));
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
	}

	@Test
	void theAuditChainDetectsATamperedRecord() {
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus().isOk();
		profile(TestPersona.INCLUSION_OFFICER.claims()).expectStatus().isOk();
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
		var records = this.database.getCollection("audit_records");
		var last = records.find().sort(new org.bson.Document("sequence", -1)).first();
		String chain = last.getString("chain");
		long tampered = last.getLong("sequence") - 1;
		var key = Filters.and(Filters.eq("chain", chain), Filters.eq("sequence", tampered));
		String subject = records.find(key).first().getString("subject");
		records.updateOne(key, Updates.set("subject", "nobody"));
		try {
			get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.intact")
				.isEqualTo(false)
				.jsonPath("$.firstBroken")
				.isEqualTo(tampered)
				.jsonPath("$.problem")
				.isEqualTo("chain " + chain + ": record " + tampered + " was changed after it was written")
				.jsonPath("$.brokenChain")
				.isEqualTo(chain)
				.jsonPath("$.chains[?(@.chain == '" + chain + "')].intact")
				.isEqualTo(List.of(false));
		}
		finally {
			// Put it back, so the other tests meet an intact log.
			records.updateOne(key, Updates.set("subject", subject));
		}
	}

	// ---- limits (OWASP API4, API6)

	@Test
	void aClientOverItsRateIsToldWhenToRetry() {
		String token = issuer.sign(TestPersona.INCLUSION_OFFICER.claims().claim("client_id", "rate-test").build());
		for (int i = 0; i < 3; i++) {
			int left = 2 - i;
			this.client.get()
				.uri("/api/v1/attendance/schools")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("RateLimit-Policy", "\"per-client\";q=3;w=60")
				.expectHeader()
				.value("RateLimit", (limit) -> assertThat(limit).matches("\"per-client\";r=" + left + ";t=\\d+"));
		}
		this.client.get()
			.uri(PROFILE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
			.expectHeader()
			.value("RateLimit", (limit) -> assertThat(limit).matches("\"per-client\";r=0;t=\\d+"))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(services.attendance.callers).isEmpty();
	}

	@Test
	void pagesAreCapped() {
		get(TestPersona.AUDITOR, "/api/v1/audit/records?size=1000").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		// Lists are paged up to 100,000 items in (PageRequest.MAX_OFFSET): a deeper
		// page is a 400 naming it, never a 500 from an overflowed skip.
		get(TestPersona.AUDITOR, "/api/v1/audit/records?page=2147483647&size=100").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
		get(TestPersona.AUDITOR, "/api/v1/audit/records?page=999&size=100").expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK, (link) -> assertThat(link).contains("rel=\"prev\"").doesNotContain("rel=\"next\""))
			.expectBody()
			.jsonPath("$.items")
			.isEmpty()
			.jsonPath("$.page")
			.isEqualTo(999)
			.jsonPath("$.total")
			.isNumber();
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements?size=1").expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link).startsWith("</api/v1/agreements?page=0&size=1>; rel=\"first\""))
			.expectBody()
			.jsonPath("$.items")
			.isArray()
			.jsonPath("$.size")
			.isEqualTo(1)
			.jsonPath("$.total")
			.isNumber();
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements?size=101").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		get(TestPersona.AGREEMENTS_ADMIN, "/api/v1/agreements?sort=title").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sort");
	}

	// ---- find a child (issue 12 part 9, ADR 0027)

	@Test
	void aPoliceOfficerUnderAnAgreementFindsAChildAndTheAuditNamesTheCandidatesPurposeAndAgreement() {
		putAgreement("DSA-ENCOMPASS-FIND", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		search(TestPersona.POLICE_ENCOMPASS, Map.of("familyName", "Smith-Jones", "dateOfBirth", "2016-07-04"),
				"OPERATION_ENCOMPASS", "DSA-ENCOMPASS-FIND")
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.noStore())
			.expectBody()
			.jsonPath("$.candidates[0].upn")
			.isEqualTo(PUPIL)
			.jsonPath("$.candidates[0].score")
			.isEqualTo(60)
			.jsonPath("$.candidates[0].schools")
			.isEqualTo(List.of(FakeServices.SCHOOL))
			.jsonPath("$.candidates[0].matched[*].field")
			.isEqualTo(List.of("FAMILY_NAME", "DATE_OF_BIRTH"))
			.jsonPath("$.threshold")
			.isEqualTo(60)
			.jsonPath("$.maxCandidates")
			.isEqualTo(5);
		Caller asked = services.attendance.callers.get(0);
		assertThat(asked.organisation().asHeader()).as("the gateway decided; the service is asked as the gateway")
			.isEqualTo("SERVICE:gateway");
		assertThat(asked.scopes()).containsExactly("children:search");
		assertThat(asked.subject()).isEqualTo("police_encompass@dorset.example");

		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=police_encompass@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("POST " + SEARCH)
			.jsonPath("$.items[0].children")
			.isEqualTo(List.of(PUPIL))
			.jsonPath("$.items[0].schools")
			.isEqualTo(List.of(FakeServices.SCHOOL))
			.jsonPath("$.items[0].purpose")
			.isEqualTo("OPERATION_ENCOMPASS")
			.jsonPath("$.items[0].agreement")
			.isEqualTo("DSA-ENCOMPASS-FIND")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("RELEASED")
			.jsonPath("$.items[0].reason")
			.isEqualTo("search by familyName, dateOfBirth: 1 candidate(s) of 3 pupil(s) compared");
		get(TestPersona.SCHOOL_DSL, "/api/v1/audit/pupil-access?child=" + PUPIL + "&size=100").expectStatus()
			.isOk()
			.expectBody()
			// Beside its notifications about the child, the police's search, once.
			.jsonPath("$.items[?(@.subject == 'police_encompass@dorset.example' && @.action == 'POST " + SEARCH
					+ "')].agreement")
			.isEqualTo(List.of("DSA-ENCOMPASS-FIND"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"a given name and a postcode only | {\"givenName\":\"Amelia\",\"postcode\":\"DT1 1XJ\"} | familyName",
			"a family name only               | {\"familyName\":\"Smith\"}                                | dateOfBirth",
			"a date of birth only             | {\"dateOfBirth\":\"2016-07-04\"}                          | familyName",
			"a malformed postcode             | {\"familyName\":\"Smith\",\"dateOfBirth\":\"2016-07-04\",\"postcode\":\"DT1\"} | postcode",
			"an NHS number failing Modulus 11 | {\"nhsNumber\":\"9434765918\"}                             | nhsNumber",
			"an unknown field                 | {\"familyName\":\"Smith\",\"dateOfBirth\":\"2016-07-04\",\"town\":\"Wool\"} | town" })
	void aWeakOrMalformedSearchIsA400NamingWhatIsMissingAndNoRollIsAsked(String why, String body, String field) {
		this.client.post()
			.uri(SEARCH)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.EHE_CME_OFFICER.claims().build()))
			.header("X-Dorset-Purpose", "CHILDREN_MISSING_EDUCATION")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		assertThat(services.attendance.callers).as(why).isEmpty();
	}

	@Test
	void aSearchIsRefusedToRolesWithoutOneAndToPartnersWithoutAnAgreementAndTheRefusalIsAudited() {
		refused(search(TestPersona.ATTENDANCE_LEAD, SEARCH_BODY, null, null), "your role does not search for children");
		refused(search(TestPersona.NHS_ADVICE, SEARCH_BODY, "EHC_HEALTH_ADVICE", null),
				"name the data-sharing agreement");
		search(TestPersona.INCLUSION_OFFICER, Map.of("familyName", "Smith", "dateOfBirth", "2016-07-04"), null, null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("purpose");
		assertThat(services.attendance.callers).isEmpty();
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=attendance_lead@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("POST " + SEARCH)
			.jsonPath("$.items[0].outcome")
			.isEqualTo("REFUSED");
		get(TestPersona.INCLUSION_OFFICER, SEARCH).expectStatus().isEqualTo(405);
	}

	@Test
	void thereIsNoBulkListOfChildren() {
		for (String path : List.of("/api/v1/children", "/api/v1/children?cp=true", "/api/v1/children/export")) {
			get(TestPersona.INCLUSION_OFFICER, path).expectStatus().isNotFound();
		}
		assertThat(services.attendance.callers).isEmpty();
	}

	@Test
	void anAggregatesOnlyAnalystReachesAreaFiguresButNoPupilsRecord() {
		get(TestPersona.BOARD_ANALYST, "/api/v1/attendance/measures/local-authority").expectStatus().isOk();
		get(TestPersona.BOARD_ANALYST, "/api/v1/attendance/measures/../pupils/" + PUPIL + "/attendance").expectStatus()
			.value(status -> assertThat(status).isIn(400, 403, 404));
		get(TestPersona.BOARD_ANALYST, "/api/v1/attendance/pupils/" + PUPIL + "/attendance").expectStatus()
			.isForbidden();
		assertThat(backends.of(PlatformService.ATTENDANCE).findAll(anyRequestedFor(urlPathMatching(".*/pupils/.*"))))
			.as("no pupil path reaches the service for an analyst")
			.isEmpty();
	}

	// ---- SSRF, misconfiguration, inventory (OWASP API7, API8, API9)

	@Test
	void aUrlInThePathNeverChangesWhereTheGatewayCalls() {
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/attendance/http:%2F%2F169.254.169.254%2Flatest").expectStatus()
			.value(status -> assertThat(status).isIn(200, 400, 404));
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/attendance/x?url=http://169.254.169.254/").expectStatus().isOk();
		assertThat(backends.of(PlatformService.ATTENDANCE)
			.findAll(anyRequestedFor(urlPathMatching("/api/v1/attendance/x")))).hasSize(1);
	}

	@Test
	void refusalsCarryNoInternalsAndAreNotCached() {
		this.client.get()
			.uri("/api/v1/audit/records")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SENCO.claims().build()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"))
			.expectBody()
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

	@Test
	void theOpenApiDocumentDescribesThePublicApiAndIsBrowsable() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/children/{upn}/profile'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/audit/verify'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/dashboards/schools/{urn}'].get.parameters[*].name")
			.value(names -> assertThat(names.toString()).contains("urn", "term", "from", "to"))
			.jsonPath("$.paths['/api/v1/dashboards/localities/{locality}'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/dashboards/local-authority'].get")
			.exists()
			.jsonPath("$.paths['/api/v1/agreements/{id}'].put")
			.exists()
			.jsonPath("$.paths['/api/v1/encompass/webhooks'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/encompass/webhooks/dead-letters/{event}/replay'].post")
			.exists()
			.jsonPath("$.components.schemas.EncompassWebhook.properties.secret")
			.exists()
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.paths['/health']")
			.doesNotExist();
		this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isIn(200, 302));
		get(TestPersona.INCLUSION_OFFICER, "/api/v2/children/" + PUPIL + "/profile").expectStatus().isNotFound();
	}

	// ---- Operation Encompass webhooks (ADR 0045)

	static final String WEBHOOKS = "/api/v1/encompass/webhooks";

	private WebTestClient.ResponseSpec registerWebhook(TestPersona persona, String key, String body) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri(WEBHOOKS)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()))
			.contentType(MediaType.APPLICATION_JSON);
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.bodyValue(body).exchange();
	}

	/**
	 * The requests the school's system received, waiting for the worker (it polls every
	 * 200 ms).
	 */
	private static List<com.github.tomakehurst.wiremock.verification.LoggedRequest> awaitRequests(
			com.github.tomakehurst.wiremock.WireMockServer receiver, int count) throws InterruptedException {
		for (int waited = 0; waited < 100; waited++) {
			var found = receiver.findAll(com.github.tomakehurst.wiremock.client.WireMock
				.postRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/hook")));
			if (found.size() >= count) {
				return found;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the school's system received fewer than " + count + " request(s) in 10 s");
	}

	@Test
	void aSchoolRegistersAWebhookAndReceivesItsNotificationsSignedWithDeadLettersAPersonReplays() throws Exception {
		var receiver = new com.github.tomakehurst.wiremock.WireMockServer(
				com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
		receiver.start();
		try {
			receiver.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/hook")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
			String url = "http://127.0.0.1:" + receiver.port() + "/hook";
			String body = "{\"school\":\"" + FakeServices.SCHOOL + "\",\"url\":\"" + url + "\"}";

			// Strict bodies: every field at fault named, never a 500.
			registerWebhook(TestPersona.SCHOOL_DSL, "wh-bad",
					"{\"school\":\"12\",\"url\":\"http://example.org/x\"," + "\"status\":\"ON\"}")
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[*].field")
				.value(fields -> assertThat(fields.toString()).contains("school", "url", "status"));
			registerWebhook(TestPersona.SCHOOL_DSL, "wh-bad",
					"{\"school\":\"991001\",\"url\":\"" + url + "\",\"colour\":\"red\"}")
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("colour");
			registerWebhook(TestPersona.SCHOOL_DSL, "wh-bad", "[1,2]").expectStatus().isBadRequest();
			registerWebhook(TestPersona.SCHOOL_DSL, "wh-other",
					"{\"school\":\"" + FakeServices.ELSEWHERE + "\",\"url\":\"" + url + "\"}")
				.expectStatus()
				.isForbidden();

			Map<?, ?> registered = registerWebhook(TestPersona.SCHOOL_DSL, "wh-1", body).expectStatus()
				.isCreated()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			String secret = registered.get("secret").toString();
			assertThat(secret).startsWith("whsec_");
			assertThat(registered.get("status")).isEqualTo("ACTIVE");
			registerWebhook(TestPersona.SCHOOL_DSL, "wh-1", body).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.secret")
				.isEqualTo(secret);
			registerWebhook(TestPersona.INCLUSION_OFFICER, "wh-2", body).expectStatus().isEqualTo(409);
			get(TestPersona.INCLUSION_OFFICER, WEBHOOKS + "/" + FakeServices.SCHOOL).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.url")
				.isEqualTo(url)
				.jsonPath("$.secret")
				.doesNotExist();
			assertThat(this.database.getCollection("encompass_webhooks")
				.find(Filters.eq("_id", FakeServices.SCHOOL))
				.first()
				.toJson()).as("no secret stored").doesNotContain(secret.substring(6));

			putAgreement("DSA-ENCOMPASS-WH", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
				.expectStatus()
				.isCreated();
			String id = sent("wh-n-1", "DSA-ENCOMPASS-WH", notification("DP/WH/1", "Smith-Jones", "Amelia"));
			var request = awaitRequests(receiver, 1).get(0);
			String event = request.getHeader("X-Dorset-Event-Id");
			assertThat(event).isEqualTo("EV-" + id.substring(3));
			long timestamp = Long.parseLong(request.getHeader("X-Dorset-Timestamp"));
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"HmacSHA256"));
			assertThat(request.getHeader("X-Dorset-Signature")).isEqualTo("v1=" + java.util.HexFormat.of()
				.formatHex(mac.doFinal((timestamp + "." + request.getBodyAsString())
					.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
			assertThat(request.getBodyAsString()).contains("\"id\":\"" + event + "\"", "\"id\":\"" + id + "\"");

			// A school's system that refuses: a dead letter at once, seen by the LA and
			// the
			// school, replayed by a person once it is mended.
			receiver.resetAll();
			receiver.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/hook")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(410)));
			String refused = sent("wh-n-2", "DSA-ENCOMPASS-WH", notification("DP/WH/2", "Smith-Jones", "Amelia"));
			String refusedEvent = "EV-" + refused.substring(3);
			awaitRequests(receiver, 1);
			List<Map> letters = List.of();
			for (int waited = 0; waited < 50 && letters.isEmpty(); waited++) {
				Thread.sleep(100);
				letters = get(TestPersona.INCLUSION_OFFICER, WEBHOOKS + "/dead-letters").expectStatus()
					.isOk()
					.expectBodyList(Map.class)
					.returnResult()
					.getResponseBody()
					.stream()
					.filter((letter) -> refusedEvent.equals(letter.get("event")))
					.toList();
			}
			assertThat(letters).singleElement().satisfies((letter) -> {
				assertThat(letter.get("lastOutcome")).isEqualTo("410");
				assertThat(letter.get("attempts")).isEqualTo(1);
				assertThat(letter.get("school")).isEqualTo(FakeServices.SCHOOL);
			});
			get(TestPersona.SCHOOL_DSL, WEBHOOKS + "/dead-letters").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$[?(@.event == '" + refusedEvent + "')].notification")
				.isEqualTo(List.of(refused));

			receiver.resetAll();
			receiver.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/hook")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
			this.client.post()
				.uri(WEBHOOKS + "/dead-letters/" + refusedEvent + "/replay")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SCHOOL_DSL.claims().build()))
				.exchange()
				.expectStatus()
				.isAccepted()
				.expectBody()
				.jsonPath("$.state")
				.isEqualTo("PENDING");
			assertThat(awaitRequests(receiver, 1).get(0).getHeader("X-Dorset-Event-Id")).isEqualTo(refusedEvent);
		}
		finally {
			this.client.delete()
				.uri(WEBHOOKS + "/" + FakeServices.SCHOOL)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SCHOOL_DSL.claims().build()))
				.exchange();
			receiver.stop();
		}
	}

	// ---- helpers

	private WebTestClient.ResponseSpec profile(com.nimbusds.jwt.JWTClaimsSet.Builder claims) {
		return profile(claims, null, null);
	}

	private WebTestClient.ResponseSpec profile(com.nimbusds.jwt.JWTClaimsSet.Builder claims, String purpose,
			String agreement) {
		WebTestClient.RequestHeadersSpec<?> request = this.client.get()
			.uri(PROFILE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(claims.build()));
		if (purpose != null) {
			request = request.header("X-Dorset-Purpose", purpose);
		}
		if (agreement != null) {
			request = request.header("X-Dorset-Agreement", agreement);
		}
		return request.exchange();
	}

	// ---- Operation Encompass (issue 18 part 1, ADR 0041)

	static final String NOTIFICATIONS = "/api/v1/encompass/notifications";

	static Map<String, Object> notification(String reference, String familyName, String givenName) {
		return Map.of("policeReference", reference, "incidentAt",
				java.time.Instant.now()
					.minus(Duration.ofHours(2))
					.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
					.toString(),
				"location", "the child's home", "child",
				Map.of("familyName", familyName, "givenName", givenName, "dateOfBirth", "2016-07-04", "postcode",
						"dt1 1xj"),
				"childPresent", true, "schoolNeedsToKnow", "The child saw the incident and was upset; mother safe.");
	}

	private WebTestClient.ResponseSpec policeNotify(String key, String agreement, Map<String, Object> body) {
		return partnerPost(TestPersona.POLICE_ENCOMPASS, NOTIFICATIONS, body, "OPERATION_ENCOMPASS", agreement, key);
	}

	private String sent(String key, String agreement, Map<String, Object> body) {
		return policeNotify(key, agreement, body).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	/** The start of the fake calendar's next school day after {@code received}. */
	static java.time.Instant nextSchoolDayStart(java.time.Instant received) {
		java.time.ZoneId england = java.time.ZoneId.of("Europe/London");
		java.time.ZonedDateTime at = received.atZone(england);
		java.time.LocalDate day = at.toLocalDate();
		boolean weekday = day.getDayOfWeek().getValue() < 6;
		if (weekday && at.toLocalTime().isBefore(java.time.LocalTime.of(8, 30))) {
			return day.atTime(8, 30).atZone(england).toInstant();
		}
		do {
			day = day.plusDays(1);
		}
		while (day.getDayOfWeek().getValue() >= 6 || (!day.isBefore(FakeServices.HALF_TERM_STARTS)
				&& day.isBefore(FakeServices.HALF_TERM_STARTS.plusDays(5))));
		return day.atTime(8, 30).atZone(england).toInstant();
	}

	@Test
	void aPoliceNotificationReachesTheDslDueBeforeTheNextSchoolDayOnceForEveryRetryAndEveryStepIsAudited() {
		putAgreement("DSA-ENCOMPASS-OE", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		Map<String, Object> body = notification("DP/2026/118204", "Smith-Jones", "Amelia");
		String id = sent("dp-118204-1", "DSA-ENCOMPASS-OE", body);
		policeNotify("dp-118204-1", "DSA-ENCOMPASS-OE", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.school")
			.doesNotExist();
		policeNotify("dp-118204-1", "DSA-ENCOMPASS-OE", notification("DP/2026/999999", "Smith-Jones", "Amelia"))
			.expectStatus()
			.isEqualTo(409);

		Map<?, ?> inboxItem = this.client.get()
			.uri("/api/v1/encompass/inbox")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SCHOOL_DSL.claims().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.stream()
			.filter((item) -> id.equals(item.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(inboxItem.get("state")).isEqualTo("DELIVERED");
		assertThat(((Map<?, ?>) inboxItem.get("route")).get("school")).isEqualTo(FakeServices.SCHOOL);
		assertThat(((Map<?, ?>) inboxItem.get("route")).get("reason")).isEqualTo("CONFIDENT_MATCH_ON_ONE_ROLL");
		java.time.Instant received = java.time.Instant
			.parse(((Map<?, ?>) inboxItem.get("reached")).get("RECEIVED").toString());
		assertThat(java.time.Instant.parse(inboxItem.get("due").toString())).isEqualTo(nextSchoolDayStart(received));

		get(TestPersona.SCHOOL_DSL, NOTIFICATIONS + "/" + id).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("READ")
			.jsonPath("$.schoolNeedsToKnow")
			.isEqualTo("The child saw the incident and was upset; mother safe.")
			.jsonPath("$.child.postcode")
			.isEqualTo("DT1 1XJ");
		this.client.get()
			.uri(NOTIFICATIONS + "/" + id)
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer "
							+ issuer.sign(TestPersona.SCHOOL_DSL.claimsAt("SCHOOL:" + FakeServices.ELSEWHERE).build()))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.put()
			.uri(NOTIFICATIONS + "/" + id + "/acknowledgement")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SCHOOL_DSL.claims().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("ACKNOWLEDGED")
			.jsonPath("$.reached.MATCHED")
			.exists()
			.jsonPath("$.reached.READ")
			.exists()
			.jsonPath("$.reached.ACKNOWLEDGED")
			.exists();

		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=police_encompass@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].action")
			.isEqualTo("POST " + NOTIFICATIONS)
			.jsonPath("$.items[0].children")
			.isEqualTo(List.of(PUPIL))
			.jsonPath("$.items[0].schools")
			.isEqualTo(List.of(FakeServices.SCHOOL))
			.jsonPath("$.items[0].purpose")
			.isEqualTo("OPERATION_ENCOMPASS")
			.jsonPath("$.items[0].agreement")
			.isEqualTo("DSA-ENCOMPASS-OE")
			.jsonPath("$.items[0].outcome")
			.isEqualTo("RELEASED");
		get(TestPersona.SCHOOL_DSL, "/api/v1/audit/pupil-access?child=" + PUPIL + "&size=100").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.action == 'GET /api/v1/encompass/notifications/" + id + "')].subject")
			.isEqualTo(List.of("school_dsl@dorset.example"));
		get(TestPersona.AUDITOR, "/api/v1/audit/verify").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intact")
			.isEqualTo(true);
		assertThat(this.database.getCollection("encompass_notifications").countDocuments(Filters.eq("_id", id)))
			.isEqualTo(1);
	}

	@Test
	void noMatchAndAmbiguousGoToTheLaQueueNeverToAGuessedSchoolAndAnOfficerAssignsThem() {
		putAgreement("DSA-ENCOMPASS-Q", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		String nobody = sent("q-nobody", "DSA-ENCOMPASS-Q", notification("DP/Q/1", "Nobody", "Pat"));
		String twins = sent("q-twins", "DSA-ENCOMPASS-Q", notification("DP/Q/2", "Twin", "Alex"));
		String weak = sent("q-weak", "DSA-ENCOMPASS-Q", notification("DP/Q/3", "Smith-Jones", "Millie"));
		String home = sent("q-home", "DSA-ENCOMPASS-Q", notification("DP/Q/4", "Home", "Robin"));

		List<Map> queue = this.client.get()
			.uri("/api/v1/encompass/queue")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.EHE_CME_OFFICER.claims().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, String> reasons = new java.util.HashMap<>();
		queue.forEach((item) -> reasons.put(item.get("id").toString(), ((Map<?, ?>) item.get("route")).get("recipient")
				+ " " + ((Map<?, ?>) item.get("route")).get("reason")));
		assertThat(reasons).containsEntry(nobody, "LA_QUEUE NO_CANDIDATE")
			.containsEntry(twins, "LA_QUEUE SEVERAL_CLOSE_CANDIDATES")
			.containsEntry(weak, "LA_QUEUE NO_CONFIDENT_CANDIDATE")
			.containsEntry(home, "EHE_OFFICER ELECTIVELY_HOME_EDUCATED");
		List<Map> inbox = this.client.get()
			.uri("/api/v1/encompass/inbox")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.SCHOOL_DSL.claims().build()))
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(inbox).extracting((item) -> item.get("id")).doesNotContain(nobody, twins, weak, home);

		this.client.put()
			.uri(NOTIFICATIONS + "/" + twins + "/assignment")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.INCLUSION_OFFICER.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("school", "99100", "upn", PUPIL))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("school");
		this.client.put()
			.uri(NOTIFICATIONS + "/" + twins + "/assignment")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.INCLUSION_OFFICER.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("school", FakeServices.SCHOOL, "upn", OTHER))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("DELIVERED")
			.jsonPath("$.route.reason")
			.isEqualTo("ASSIGNED_BY_OFFICER")
			.jsonPath("$.due")
			.exists();
		this.client.put()
			.uri(NOTIFICATIONS + "/" + twins + "/assignment")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.INCLUSION_OFFICER.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("school", FakeServices.SCHOOL, "upn", OTHER))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		get(TestPersona.SCHOOL_DSL, NOTIFICATIONS + "/" + twins).expectStatus().isOk();
		// The EHE officer is the home-educated child's recipient: their read is tracked.
		get(TestPersona.EHE_CME_OFFICER, NOTIFICATIONS + "/" + home).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("READ");
		get(TestPersona.INCLUSION_OFFICER, "/api/v1/encompass/measures").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.asOf")
			.exists();
	}

	static final String OTHER = FakeServices.OTHER_PUPIL;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "no Idempotency-Key | - | Idempotency-Key",
					"a child born after the incident | child.dateOfBirth | child.dateOfBirth",
					"an unknown field | town | town" })
	void aBadNotificationIsA400NamingTheFieldAndNothingIsHeld(String why, String fault, String field) {
		Map<String, Object> body = new java.util.HashMap<>(notification("DP/BAD/1", "Smith-Jones", "Amelia"));
		if (fault.equals("child.dateOfBirth")) {
			body.put("child", Map.of("familyName", "Smith", "givenName", "Amelia", "dateOfBirth", "2099-01-01"));
		}
		if (fault.equals("town")) {
			body.put("town", "Wool");
		}
		long before = this.database.getCollection("encompass_notifications").countDocuments();
		policeNotify(fault.equals("-") ? null : "bad-" + field, "DSA-ANY", body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
		assertThat(this.database.getCollection("encompass_notifications").countDocuments()).as(why).isEqualTo(before);
	}

	@Test
	void aNotificationWithoutAValidAgreementIsRefusedAuditedAndNotHeldAndRevokingStopsTheNext() {
		Map<String, Object> body = notification("DP/REF/1", "Smith-Jones", "Amelia");
		long before = this.database.getCollection("encompass_notifications").countDocuments();
		refused(policeNotify("ref-1", null, body), "name the data-sharing agreement");
		refused(policeNotify("ref-2", "DSA-NOT-HELD", body), "no data-sharing agreement DSA-NOT-HELD is held");
		putAgreement("DSA-ENCOMPASS-REV", agreement("POLICE:DORSET", "2026-01-01", "2099-12-31", "ATTENDANCE"))
			.expectStatus()
			.isCreated();
		sent("rev-1", "DSA-ENCOMPASS-REV", body);
		status("DSA-ENCOMPASS-REV", "{\"status\":\"REVOKED\",\"reason\":\"force system replaced\"}").expectStatus()
			.isOk();
		refused(policeNotify("rev-2", "DSA-ENCOMPASS-REV", notification("DP/REF/2", "Smith-Jones", "Amelia")),
				"agreement DSA-ENCOMPASS-REV was revoked");
		assertThat(this.database.getCollection("encompass_notifications").countDocuments()).isEqualTo(before + 1);
		get(TestPersona.AUDITOR, "/api/v1/audit/records?subject=police_encompass@dorset.example&size=1").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].outcome")
			.isEqualTo("REFUSED")
			.jsonPath("$.items[0].agreement")
			.isEqualTo("DSA-ENCOMPASS-REV");
	}

	private WebTestClient.ResponseSpec get(TestPersona persona, String path) {
		return this.client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()))
			.exchange();
	}

	private WebTestClient.ResponseSpec write(TestPersona persona, HttpMethod method, String path) {
		return this.client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reviewDate", "2026-12-01"))
			.exchange();
	}

	private WebTestClient.ResponseSpec search(TestPersona persona, Map<String, Object> body, String purpose,
			String agreement) {
		return partnerPost(persona, SEARCH, body, purpose, agreement, null);
	}

	/** A POST naming a purpose, an agreement and an Idempotency-Key where not null. */
	private WebTestClient.ResponseSpec partnerPost(TestPersona persona, String path, Map<String, Object> body,
			String purpose, String agreement, String key) {
		WebTestClient.RequestBodySpec request = this.client.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()));
		if (purpose != null) {
			request = request.header("X-Dorset-Purpose", purpose);
		}
		if (agreement != null) {
			request = request.header("X-Dorset-Agreement", agreement);
		}
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private WebTestClient.ResponseSpec status(String id, String body) {
		return this.client.put()
			.uri("/api/v1/agreements/" + id + "/status")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec conditionalPut(String path, String ifMatch, Map<String, Object> body) {
		return this.client.put()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.header(HttpHeaders.IF_MATCH, ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec putAgreement(String id, Map<String, Object> body) {
		return this.client.put()
			.uri("/api/v1/agreements/" + id)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static void refused(WebTestClient.ResponseSpec response, String reason) {
		response.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).startsWith(reason));
	}

	static Map<String, Object> agreement(String party, String start, String expiry, String... items) {
		return Map.of("title", "Operation Encompass notifications", "parties", List.of(party), "purposes",
				List.of("OPERATION_ENCOMPASS"), "lawfulBasis",
				"UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 para 18", "dataItems", List.of(items), "start",
				start, "expiry", expiry);
	}

}
