package uk.gov.dorsetcouncil.edu.gateway.dashboard;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.dorsetcouncil.edu.gateway.Backends;
import uk.gov.dorsetcouncil.edu.gateway.TestClients;
import uk.gov.dorsetcouncil.edu.gateway.TestIssuer;
import uk.gov.dorsetcouncil.edu.gateway.TestPersona;
import uk.gov.dorsetcouncil.edu.gateway.routing.PlatformService;
import uk.gov.dorsetcouncil.edu.platform.testing.StandIns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's door on a real gateway (ADR 0033): sign-in starts an authorization
 * request with PKCE in a cookie-bound session, a bearer token opens none of its pages, a
 * state-changing request without the CSRF token is refused, and the API beside it stays
 * stateless. Signed in as the local run's personas (the identity provider's token
 * endpoint a stand-in that answers each persona's token for a code naming it), the
 * belonging and SEND views show what the API releases to each and say plainly what it
 * refuses. The whole flow with the development issuer: deploy's DashboardIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardEdgeIT {

	private static final TestIssuer issuer = TestIssuer.start();

	private static final Backends backends = new Backends();

	/** The identity provider's token endpoint: a code names the persona signing in. */
	private static final WireMockServer identityProvider = new WireMockServer(
			wireMockConfig().dynamicPort().containerThreads(8).jettyAcceptors(1));

	static {
		identityProvider.start();
		StandIns.stopAtExit(backends, issuer, identityProvider::stop);
	}

	private WebTestClient client;

	private int port;

	@LocalServerPort
	void port(int port) {
		this.port = port;
		this.client = TestClients.of(port);
	}

	@DynamicPropertySource
	static void wiring(DynamicPropertyRegistry registry) {
		backends.wire(registry, issuer);
		registry.add("spring.security.oauth2.client.provider.dashboard.authorization-uri",
				() -> "http://127.0.0.1:1/authorize");
		registry.add("spring.security.oauth2.client.provider.dashboard.token-uri",
				() -> identityProvider.baseUrl() + "/token");
	}

	@Test
	void signingInSendsTheBrowserToTheIdentityProviderWithPkceAndASecureSessionCookie() {
		var answer = this.client.get().uri("/oauth2/authorization/dashboard").exchange().expectStatus().isFound();
		var result = answer.returnResult(String.class);
		URI location = result.getResponseHeaders().getLocation();
		var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
		assertThat(location.toString()).startsWith("http://127.0.0.1:1/authorize?");
		assertThat(query.getFirst("response_type")).isEqualTo("code");
		assertThat(query.getFirst("client_id")).isEqualTo("dorset-dashboard");
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).hasSize(43);
		assertThat(query.getFirst("state")).isNotBlank();
		assertThat(URLDecoder.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
			.isEqualTo("http://127.0.0.1:" + this.port + "/login/oauth2/code/dashboard");
		assertThat(result.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).singleElement()
			.satisfies(cookie -> assertThat(cookie).startsWith("DORSET_DASHBOARD_SESSION=")
				.containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("; SameSite=Lax"));
	}

	@ParameterizedTest
	@EnumSource(TestPersona.class)
	void aBearerTokenOpensNoDashboardPage(TestPersona persona) {
		this.client.get()
			.uri("/dashboard/overview")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(persona.claims().build()))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/oauth2/authorization/dashboard");
	}

	@Test
	void signingOutWithoutTheFormsCsrfTokenIsRefused() {
		this.client.post().uri("/dashboard/sign-out").exchange().expectStatus().isForbidden();
	}

	@Test
	void aCallbackThatNoSessionAskedForIsAFailedSignIn() {
		this.client.get()
			.uri("/login/oauth2/code/dashboard?code=forged&state=forged")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/dashboard/signed-out?failed");
	}

	@Test
	void theApiBesideItStaysStatelessAndKeepsItsBearerRules() {
		this.client.get()
			.uri("/api/v1/agreements")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.sign(TestPersona.AGREEMENTS_ADMIN.claims().build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.client.get().uri("/api/v1/agreements").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theDashboardsStylesScriptsAndFontsAreServedFromTheGatewayItself() {
		// from the npm packages the build brings in (ADR 0044), and the dashboard's own
		for (String asset : List.of("/dashboard/assets/govuk/govuk-frontend.min.css",
				"/dashboard/assets/govuk/govuk-frontend.min.js", "/dashboard/assets/echarts/echarts.simple.min.js",
				"/assets/images/govuk-crest.svg", "/dashboard/assets/dashboard.css",
				"/dashboard/assets/dashboard.js")) {
			this.client.get().uri(asset).exchange().expectStatus().isOk();
		}
	}

	private static final String ASSESSMENT_QUEUE = """
			{"items":[
			 {"assessmentId":"EHC-2","upn":"B838200125001","schoolUrn":"991001","kind":"FINAL_PLAN","actor":"LOCAL_AUTHORITY",
			  "dueDate":"2026-12-26","actBy":"2026-12-24","daysToBreach":19,"breach":false,"rule":"SEND Regulations 2014 reg 13(2)"},
			 {"assessmentId":"EHC-1","upn":"A838200125001","schoolUrn":"991001","kind":"DECISION_TO_ASSESS","actor":"LOCAL_AUTHORITY",
			  "dueDate":"2026-12-01","actBy":"2026-12-01","daysToBreach":-6,"breach":true,"rule":"SEND Regulations 2014 reg 5"}],
			 "page":0,"size":100,"total":2}
			""";

	private static final String REVIEW_QUEUE = """
			{"items":[{"reviewId":null,"upn":"C838200125001","schoolUrn":"991001","kind":"REVIEW_MEETING",
			  "dueDate":"2027-01-10","actBy":"2027-01-08","daysToBreach":34,"breach":false,"rule":"SEND Regulations 2014 reg 20"}],
			 "page":0,"size":100,"total":1}
			""";

	private static final String TIMETABLE_ALERTS = """
			{"items":[{"id":"D838200125001-T1","upn":"D838200125001","schoolUrn":"991001","startDate":"2026-10-01",
			  "endDate":null,"hoursPerWeek":15.0,"reason":"MEDICAL","daysSoFar":68,
			  "alerts":[{"alert":"NO_END_DATE","rule":"r"},{"alert":"OVER_SIX_WEEKS","rule":"r"}]}],
			 "page":0,"size":100,"total":1}
			""";

	@BeforeEach
	void answeringBackends() {
		backends.reset();
		backends.of(PlatformService.SEND)
			.stubFor(get(urlPathEqualTo("/api/v1/send/assessment-queue")).willReturn(json(ASSESSMENT_QUEUE)));
		backends.of(PlatformService.SEND)
			.stubFor(get(urlPathEqualTo("/api/v1/send/review-queue")).willReturn(json(REVIEW_QUEUE)));
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/rates")).willReturn(json(rates(false))));
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/part-time-timetables/alerts"))
				.willReturn(json(TIMETABLE_ALERTS)));
	}

	@Test
	void aSendCaseworkerSeesBothQueuesSoonestBreachFirstWithTheOverdueMarked() {
		String page = page(signIn(TestPersona.SEND_CASEWORKER), "/dashboard/send", 200);
		assertThat(page).contains("Showing data for <strong>Dorset Council: the whole county</strong>")
			.contains("href=\"/dashboard/send\">EHC assessments and reviews</a>")
			.contains("1 overdue")
			.contains("Overdue by 6 days")
			.contains("19 days left")
			.contains("34 days left")
			.contains(
					"<caption class=\"govuk-table__caption govuk-table__caption--m\">EHC needs assessment steps, soonest breach first</caption>");
		assertThat(page.indexOf("A838200125001")).isLessThan(page.indexOf("B838200125001"));
	}

	@Test
	void aReviewQueueThatDoesNotAnswerIsSaidToBeUnavailableAndTheRestStillShows() {
		backends.of(PlatformService.SEND)
			.stubFor(get(urlPathEqualTo("/api/v1/send/review-queue")).willReturn(aResponse().withStatus(503)));
		String page = page(signIn(TestPersona.SEND_CASEWORKER), "/dashboard/send", 200);
		assertThat(page).contains("Overdue by 6 days").contains("Annual review steps: unavailable just now.");
	}

	@ParameterizedTest
	@EnumSource(value = TestPersona.class, names = { "ATTENDANCE_LEAD", "LOCALITY_OFFICER", "BOARD_ANALYST" })
	void aViewerWithoutTheRightToEhcRecordsIsRefusedTheQueuesAndNotOfferedThem(TestPersona persona) {
		String page = page(signIn(persona), "/dashboard/send", 403);
		assertThat(page).contains("You do not have the right to see this")
			.doesNotContain("href=\"/dashboard/send\"")
			.doesNotContain("A838200125001");
		assertThat(backends.of(PlatformService.SEND)
			.findAll(getRequestedFor(urlPathEqualTo("/api/v1/send/assessment-queue")))).isEmpty();
	}

	@Test
	void anInclusionOfficerDrillsFromALocalityToItsSchoolsKeepingTheTerm() {
		String page = page(signIn(TestPersona.INCLUSION_OFFICER), "/dashboard/belonging?locality=chesil&term=SPRING",
				200);
		backends.of(PlatformService.BELONGING)
			.verify(getRequestedFor(urlEqualTo("/api/v1/belonging/rates?locality=CHESIL&term=SPRING")));
		assertThat(page).contains("Chesil locality")
			.contains("href=\"/dashboard/belonging?urn=991001&amp;split=REASON&amp;term=SPRING\"")
			.contains("Suspensions per 100 pupils, by school")
			.contains("No South West figure is held, so none is shown.")
			.contains("D838200125001")
			.contains("No end date; Over six weeks");
	}

	@Test
	void theEducationBoardAnalystSeesRatesSuppressedAndIsToldTimetablesAreNotShown() {
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/rates")).willReturn(json(rates(true))));
		String page = page(signIn(TestPersona.BOARD_ANALYST), "/dashboard/belonging", 200);
		assertThat(page).contains("Small numbers are suppressed (shown as c)")
			.contains("c<span class=\"govuk-visually-hidden\"> (suppressed)</span>")
			.contains("c (suppressed, not shown)")
			.contains("Part-time timetables: not shown to you.")
			.doesNotContain("D838200125001")
			.doesNotContain("href=\"/dashboard/send\"");
		assertThat(backends.of(PlatformService.BELONGING)
			.findAll(getRequestedFor(urlPathEqualTo("/api/v1/belonging/part-time-timetables/alerts")))).isEmpty();
	}

	@Test
	void aSchoolSeesItsOwnSchoolsRatesAndANonsenseUrnIsNotFound() {
		Session session = signIn(TestPersona.SCHOOL_DSL);
		String page = page(session, "/dashboard/belonging?split=REASON", 200);
		backends.of(PlatformService.BELONGING)
			.verify(getRequestedFor(urlEqualTo("/api/v1/belonging/rates?urn=991001&by=REASON")));
		assertThat(page).contains("School 991001")
			.contains("Showing data for <strong>school 991001 and its pupils</strong>");
		assertThat(page(session, "/dashboard/belonging?urn=12345x", 404)).contains("A school&#39;s URN has six digits");
	}

	@Test
	void theCountyOverviewShowsBelongingAndSendFiguresEachWithItsBasisAndThePeriodAskedFor() {
		stubCountyFigures(false);
		String page = page(signIn(TestPersona.INCLUSION_OFFICER), "/dashboard/overview?from=2026-09-01&to=2026-11-30",
				200);
		backends.of(PlatformService.SEND)
			.verify(getRequestedFor(urlEqualTo("/api/v1/send/assessment-measures?from=2026-09-01&to=2026-11-30")));
		backends.of(PlatformService.BELONGING)
			.verify(getRequestedFor(urlEqualTo("/api/v1/belonging/registers/counts?since=2026-09-01")));
		assertThat(page).contains("Suspensions per 100 pupils, by school")
			.contains("No South West figure is held, so none is shown.")
			.contains("Pupils on a part-time timetable on 2026-12-07, by how long")
			.contains("Elective home education")
			.contains("December 2025 to February 2026")
			.contains("Within 20 weeks: <strong>75.0%</strong> of the plans issued.")
			.contains("Share on time, per cent")
			.contains("91.5");
	}

	@Test
	void theAnalystsOverviewShowsHiddenCountsAsSuppressedAndSaysWhatIsNotShown() {
		stubCountyFigures(true);
		String page = page(signIn(TestPersona.BOARD_ANALYST), "/dashboard/overview", 200);
		assertThat(page).contains("Part-time timetables: not shown to you.")
			.contains("Within 20 weeks: <strong>c<span class=\"govuk-visually-hidden\"> (suppressed)</span>%</strong>")
			.contains("c (suppressed, not shown)")
			.doesNotContain("Pupils on a part-time timetable on 2026-12-07");
		assertThat(backends.of(PlatformService.BELONGING)
			.findAll(getRequestedFor(urlPathEqualTo("/api/v1/belonging/part-time-timetables/statistics")))).isEmpty();
	}

	/**
	 * The county's figures as the services answer: in full, or with "c" for the analyst.
	 */
	private static void stubCountyFigures(boolean suppressed) {
		String c = "\"c\"";
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/rates")).willReturn(json(rates(suppressed))));
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/part-time-timetables/statistics")).willReturn(json("""
					{"asOf":"2026-12-07","pupilsDuringYear":5,"pupilsOn":4,"overSixWeeks":3,"overSixWeeksPercent":75.0,
					 "medianWeeks":9,"bands":{"up to 6 weeks":1,"6 to 12 weeks":2,"over 12 weeks":1}}
					""")));
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/registers/counts")).willReturn(json("""
					{"since":"2026-09-01","open":[{"register":"ELECTIVE_HOME_EDUCATION","count":3},
					 {"register":"CHILD_MISSING_EDUCATION","count":%s},{"register":"ALL","count":%s}],
					 "openedSince":[{"register":"ELECTIVE_HOME_EDUCATION","count":3}],"asOf":"2026-12-07T09:00:00Z"}
					""".formatted(suppressed ? c : "2", suppressed ? c : "5"))));
		backends.of(PlatformService.BELONGING)
			.stubFor(get(urlPathEqualTo("/api/v1/belonging/registers/counts/neet")).willReturn(json("""
					{"year":2026,"months":[{"month":"2025-12","cohort":410,"neet":%s,"notKnown":12}],
					 "neetOrNotKnownPercent":%s,"neetPercent":%s,"notKnownPercent":%s}
					""".formatted(suppressed ? c : "9", suppressed ? "null" : "5.1", suppressed ? "null" : "2.2",
					suppressed ? "null" : "2.9"))));
		backends.of(PlatformService.SEND)
			.stubFor(get(urlPathEqualTo("/api/v1/send/assessment-measures")).willReturn(
					json("""
							{"from":"2025-12-08","to":"2026-12-07","suppressed":%s,"received":90,"assessed":70,"refused":18,
							 "undecided":2,"notToIssue":5,"plansIssued":40,"withinTwentyWeeks":30,"withinExceptions":%s,"late":%s}
							"""
						.formatted(suppressed, suppressed ? c : "6", suppressed ? c : "4")
						.replace("\"withinTwentyWeeks\":30",
								suppressed ? "\"withinTwentyWeeks\":\"c\"" : "\"withinTwentyWeeks\":30"))));
		backends.of(PlatformService.SEND)
			.stubFor(get(urlPathEqualTo("/api/v1/send/review-measures")).willReturn(json("""
					{"from":"2025-12-08","to":"2026-12-07","suppressed":%s,"held":47,"onTime":43,"late":4,
					 "onTimePercent":91.5,"overdueNow":0}
					""".formatted(suppressed))));
	}

	/** Rates as the belonging service answers: in full, or for the analyst with "c". */
	private static String rates(boolean suppressed) {
		String hidden = "{\"value\":null,\"symbol\":\"c\"}";
		return """
				{"areaType":"LOCALITY","area":"CHESIL","academicYear":"2026/27","term":"SPRING",
				 "basis":"suspensions and permanent exclusions starting in spring 2027 per 100 enrolments","by":"SCHOOL",
				 "suppressed":%s,
				 "total":{"group":"all","enrolments":{"value":240,"symbol":null},"suspensions":{"value":12,"symbol":null},
				  "permanentExclusions":%s,"pupilsSuspended":{"value":9,"symbol":null},
				  "suspensionRate":{"value":5.0,"symbol":null},"permanentExclusionRate":%s,
				  "oneOrMoreSuspensionRate":{"value":3.75,"symbol":null}},
				 "groups":[{"group":"991001","enrolments":{"value":120,"symbol":null},"suspensions":%s,
				  "permanentExclusions":{"value":0,"symbol":null},"pupilsSuspended":%s,"suspensionRate":%s,
				  "permanentExclusionRate":{"value":0.0,"symbol":null},"oneOrMoreSuspensionRate":%s}],
				 "references":[{"measure":"suspension_rate","comparator":"national","group":"all",
				  "period":"2023/24 full year","value":11.31,"source":"DfE","confirmed":true}],
				 "comparatorsNotHeld":["South West"],"asOf":"2026-12-07T09:00:00Z"}
				"""
			.formatted(suppressed, suppressed ? hidden : "{\"value\":1,\"symbol\":null}",
					suppressed ? hidden : "{\"value\":0.42,\"symbol\":null}",
					suppressed ? hidden : "{\"value\":2,\"symbol\":null}",
					suppressed ? hidden : "{\"value\":2,\"symbol\":null}",
					suppressed ? hidden : "{\"value\":1.67,\"symbol\":null}",
					suppressed ? hidden : "{\"value\":1.67,\"symbol\":null}");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withHeader("Content-Type", "application/json").withBody(body);
	}

	/**
	 * Signs in as a persona the way a browser does: the authorization request (its state
	 * kept in the session), the identity provider's redirect back with a code, the code
	 * exchanged for the persona's token; answers the session cookie signed in.
	 */
	private Session signIn(TestPersona persona) {
		identityProvider
			.stubFor(post(urlEqualTo("/token")).withRequestBody(matching("(.*&)?code=" + persona.name() + "(&.*)?"))
				.willReturn(json("{\"access_token\":\""
						+ issuer.sign(persona.claims().claim("client_id", "dorset-dashboard").build())
						+ "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
		var start = this.client.get().uri("/oauth2/authorization/dashboard").exchange().returnResult(String.class);
		String state = UriComponentsBuilder.fromUri(start.getResponseHeaders().getLocation())
			.build()
			.getQueryParams()
			.getFirst("state");
		String before = start.getResponseCookies().getFirst("DORSET_DASHBOARD_SESSION").getValue();
		var back = this.client.get()
			.uri(uri -> uri.path("/login/oauth2/code/dashboard")
				.queryParam("code", persona.name())
				.queryParam("state", URLDecoder.decode(state, StandardCharsets.UTF_8))
				.build())
			.cookie("DORSET_DASHBOARD_SESSION", before)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/dashboard")
			.returnResult(String.class);
		return new Session(back.getResponseCookies().getFirst("DORSET_DASHBOARD_SESSION").getValue());
	}

	private String page(Session session, String path, int status) {
		var result = this.client.get()
			.uri(path)
			.cookie("DORSET_DASHBOARD_SESSION", session.cookie)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult();
		var renewed = result.getResponseCookies().getFirst("DORSET_DASHBOARD_SESSION");
		if (renewed != null) {
			session.cookie = renewed.getValue();
		}
		return result.getResponseBody();
	}

	/** The session cookie as a browser keeps it, taking what each answer sets. */
	private static final class Session {

		private String cookie;

		private Session(String cookie) {
			this.cookie = cookie;
		}

	}

}
