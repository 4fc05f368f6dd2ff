package uk.gov.dorsetcouncil.edu.local;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as a browser meets it (ADR 0033), on the whole platform with the demo
 * loaded (shared with the other end-to-end classes, {@link SharedPlatform}): the
 * development issuer in this JVM, the gateway and services from their jars, on free
 * loopback ports. Each test drives the sign-in from the first redirect to the session
 * cookie (authorization request with PKCE, the persona page, the code, the gateway's
 * token request), then the views, as the persona would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class DashboardIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final County demo = County.demo();

	private final School school = this.demo.schools().get(0);

	private final School otherSchool = this.demo.schools().get(1);

	private LocalPlatform platform;

	@BeforeAll
	void usePlatform(SharedPlatform.Running shared) {
		this.platform = shared.platform();
	}

	@Test
	void anOfficerSignsInWithPkceSeesTheCountyDrillsDownKeepingThePeriodAndSignsOut() throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> start = browser.get(this.platform.dashboardUrl());
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(location(start)).endsWith("/oauth2/authorization/dashboard");

		HttpResponse<String> toIssuer = browser.get(location(start));
		assertThat(toIssuer.statusCode()).isEqualTo(302);
		URI authorize = URI.create(location(toIssuer));
		Map<String, String> request = query(authorize);
		assertThat(authorize.toString()).startsWith(this.platform.issuer().issuer() + "/authorize?");
		assertThat(request).containsEntry("response_type", "code")
			.containsEntry("client_id", LocalPlatform.DASHBOARD_CLIENT)
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "code_challenge", "redirect_uri");
		// The session that holds the authorization request (and later the tokens) is a
		// cookie scripts cannot read, sent only over secure connections and not with
		// requests other sites start.
		// The session begins with the first answer that needs one (the saved request, or
		// the authorization request).
		String cookie = start.headers()
			.firstValue("Set-Cookie")
			.or(() -> toIssuer.headers().firstValue("Set-Cookie"))
			.orElseThrow();
		assertThat(cookie).startsWith("DORSET_DASHBOARD_SESSION=")
			.containsIgnoringCase("; HttpOnly")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("; SameSite=Lax");
		String before = browser.cookie("DORSET_DASHBOARD_SESSION");

		HttpResponse<String> page = browser.get(authorize.toString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Who are you signing in as?", "value=\"la-inclusion-officer\"",
				"<label for=\"persona-la-inclusion-officer\">");

		HttpResponse<String> back = browser.post(this.platform.issuer().issuer() + "/authorize",
				with(request, "persona", "la-inclusion-officer"));
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(location(back)).startsWith(request.get("redirect_uri") + "?code=")
			.contains("state=" + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));

		HttpResponse<String> signedIn = browser.get(location(back));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
		assertThat(URI.create(location(signedIn)).getPath()).isEqualTo("/dashboard");
		assertThat(browser.cookie("DORSET_DASHBOARD_SESSION")).as("a new session id at sign-in (fixation)")
			.isNotEqualTo(before);
		assertThat(location(browser.get(this.platform.dashboardUrl()))).endsWith("/dashboard/overview");

		HttpResponse<String> overview = browser.get(this.platform.dashboardUrl() + "/overview");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("Dorset Council: the whole county", "dev-la-inclusion-officer",
				"Overall absence rate", "Persistent absence rate", "data-chart=", "The figures behind the charts",
				"national", "South West");
		assertThat(overview.body()).as("belonging's and SEND's figures beside attendance")
			.contains("Suspensions per 100 pupils, by locality", "No South West figure is held",
					"Children on the county's registers", "Elective home education", "EHC needs assessments on time",
					"Annual reviews of EHC plans on time")
			.doesNotContain("unavailable just now");
		assertThat(overview.body()).as("the token stays on the server").doesNotContain("eyJ");
		assertThat(overview.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));

		HttpResponse<String> chesil = browser.get(this.platform.dashboardUrl() + "/localities/CHESIL?term=AUTUMN");
		assertThat(chesil.statusCode()).as(chesil.body()).isEqualTo(200);
		assertThat(chesil.body()).contains("Locality CHESIL", "Autumn term");
		String chesilSchool = this.demo.schools()
			.stream()
			.filter(s -> s.locality().name().equals("CHESIL"))
			.findFirst()
			.orElseThrow()
			.urn();
		assertThat(chesil.body()).contains("href=\"/dashboard/schools/" + chesilSchool + "?term=AUTUMN\"");

		// Signing out changes state: refused without the form's CSRF token, and the
		// session goes on.
		assertThat(browser.post(this.platform.dashboardUrl() + "/sign-out", Map.of()).statusCode()).isEqualTo(403);
		assertThat(browser.get(this.platform.dashboardUrl() + "/overview").statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = browser.post(this.platform.dashboardUrl() + "/sign-out",
				Map.of("_csrf", csrf(overview)));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).endsWith("/dashboard/signed-out");
		HttpResponse<String> after = browser.get(this.platform.dashboardUrl() + "/overview");
		assertThat(after.statusCode()).as("signed out: sent to sign in again").isEqualTo(302);
		assertThat(location(after)).endsWith("/oauth2/authorization/dashboard");
	}

	@Test
	void aSchoolsAttendanceLeadSeesItsOwnSchoolAndIsRefusedAnotherAndTheCounty() throws Exception {
		Browser browser = signedIn("school-attendance-lead", Map.of("school", this.school.urn()));
		assertThat(location(browser.get(this.platform.dashboardUrl())))
			.endsWith("/dashboard/schools/" + this.school.urn());

		HttpResponse<String> own = browser.get(this.platform.dashboardUrl() + "/schools/" + this.school.urn());
		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		assertThat(own.body()).contains("School " + this.school.urn(),
				"school " + this.school.urn() + " and its pupils");

		HttpResponse<String> other = browser.get(this.platform.dashboardUrl() + "/schools/" + this.otherSchool.urn());
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.body()).contains("You do not have the right to see this")
			.doesNotContain("The figures behind the charts");
		assertThat(browser.get(this.platform.dashboardUrl() + "/overview").statusCode()).isEqualTo(403);

		HttpResponse<String> alerts = browser.get(this.platform.dashboardUrl() + "/alerts?order=NAME");
		assertThat(alerts.statusCode()).as(alerts.body()).isEqualTo(200);
		List<String> schoolsListed = cells(alerts.body(), 2);
		assertThat(schoolsListed).isNotEmpty().containsOnly(this.school.urn());
		List<String> names = cells(alerts.body(), 0);
		assertThat(names).as("sorted by name").isSorted();
	}

	@Test
	void theEducationBoardAnalystIsRefusedAChildsProfileAndTheCountyShowsOnlySuppressedFigures() throws Exception {
		Browser browser = signedIn("education-board-analyst", Map.of());
		String upn = this.demo.pupilsOnRollBy(this.school).get(0).upn();
		HttpResponse<String> child = browser.get(this.platform.dashboardUrl() + "/children/" + upn);
		assertThat(child.statusCode()).isEqualTo(403);
		assertThat(child.body()).contains("You do not have the right to see this").doesNotContain(upn + "</dd>");

		HttpResponse<String> overview = browser.get(this.platform.dashboardUrl() + "/overview");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("Small numbers are suppressed", "Part-time timetables: not shown to you")
			.doesNotContain(">Find a child<");
	}

	@Test
	void aSendCaseworkerSeesTheQueuesAndALocalityOfficerItsRatesButNotTheQueues() throws Exception {
		Browser caseworker = signedIn("send-caseworker", Map.of());
		HttpResponse<String> queues = caseworker.get(this.platform.dashboardUrl() + "/send");
		assertThat(queues.statusCode()).as(queues.body()).isEqualTo(200);
		assertThat(queues.body()).contains("EHC needs assessment steps, soonest breach first", "Annual reviews")
			.doesNotContain("unavailable just now");

		Browser locality = signedIn("locality-inclusion-officer", Map.of("locality", "CHESIL"));
		HttpResponse<String> belonging = locality.get(this.platform.dashboardUrl() + "/belonging?term=AUTUMN");
		assertThat(belonging.statusCode()).as(belonging.body()).isEqualTo(200);
		assertThat(belonging.body()).contains("Chesil locality", "Suspensions per 100 pupils, by school",
				"Part-time timetables raising an alert");
		assertThat(locality.get(this.platform.dashboardUrl() + "/send").statusCode()).isEqualTo(403);
	}

	@Test
	void anOfficerSeesAChildsProfileWithEachPartsStatusAndTheDeadlines() throws Exception {
		Browser browser = signedIn("la-inclusion-officer", Map.of());
		String upn = this.demo.pupilsOnRollBy(this.school).get(0).upn();
		HttpResponse<String> child = browser.get(this.platform.dashboardUrl() + "/children/" + upn);
		assertThat(child.statusCode()).as(child.body()).isEqualTo(200);
		assertThat(child.body()).contains("Child " + upn, "Attendance", "Possible sessions", "Ehc plan", "Transport");

		HttpResponse<String> deadlines = browser.get(this.platform.dashboardUrl() + "/deadlines");
		assertThat(deadlines.statusCode()).as(deadlines.body()).isEqualTo(200);
		assertThat(deadlines.body()).contains("Overdue", "Due this week", "<strong>send</strong>",
				"<strong>belonging</strong>");
	}

	@Test
	void theBearerApiIsUnchangedAndASessionCookieIsNoWayIntoIt() throws Exception {
		Browser browser = signedIn("la-inclusion-officer", Map.of());
		HttpResponse<String> withCookieOnly = browser.get(this.platform.gatewayUrl() + "/api/v1/attendance/schools");
		assertThat(withCookieOnly.statusCode()).isEqualTo(401);

		String token = this.platform.issuer().tokenFor("la-inclusion-officer", null);
		HttpResponse<String> withBearer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(this.platform.gatewayUrl() + "/api/v1/attendance/schools"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withBearer.statusCode()).isEqualTo(200);
		assertThat(withBearer.headers().firstValue("Set-Cookie")).as("the API stays stateless").isEmpty();
	}

	/** A browser signed in as the persona, through the whole flow. */
	private Browser signedIn(String persona, Map<String, String> choices) throws Exception {
		Browser browser = new Browser();
		HttpResponse<String> toIssuer = browser.get(this.platform.gatewayUrl() + "/oauth2/authorization/dashboard");
		Map<String, String> request = query(URI.create(location(toIssuer)));
		Map<String, String> form = with(request, "persona", persona);
		form.putAll(choices);
		HttpResponse<String> back = browser.post(this.platform.issuer().issuer() + "/authorize", form);
		assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
		HttpResponse<String> signedIn = browser.get(location(back));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
		assertThat(URI.create(location(signedIn)).getPath()).isEqualTo("/dashboard");
		return browser;
	}

	private static Map<String, String> with(Map<String, String> request, String name, String value) {
		Map<String, String> form = new LinkedHashMap<>(request);
		form.put(name, value);
		return form;
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the page's sign-out form carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	/** The text of one column of the page's first table body, row by row. */
	private static List<String> cells(String html, int column) {
		String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
		return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
			.matcher(body)
			.results()
			.map(row -> Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL)
				.matcher(row.group(1))
				.results()
				.map(cell -> cell.group(1)
					.replaceAll("<[^>]+>", "")
					.replace("&#39;", "'")
					.replace("&quot;", "\"")
					.replace("&amp;", "&")
					.trim())
				.toList()
				.get(column))
			.toList();
	}

	private static String location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return response.uri().resolve(location).toString();
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return values;
	}

	/**
	 * A browser's cookie jar for loopback, kept by hand: the JDK's cookie manager holds
	 * Secure cookies back from http, which browsers send to localhost and 127.0.0.1.
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		String cookie(String name) {
			return this.cookies.get(name);
		}

		HttpResponse<String> get(String url) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(url)).GET());
		}

		HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
			String body = form.entrySet()
				.stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map(e -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			for (String set : response.headers().allValues("Set-Cookie")) {
				String pair = set.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String name = pair.substring(0, eq);
				String value = pair.substring(eq + 1);
				if (value.isEmpty() || set.contains("Max-Age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}

	}

}
