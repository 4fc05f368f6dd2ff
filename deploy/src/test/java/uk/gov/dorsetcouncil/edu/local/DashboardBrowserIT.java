package uk.gov.dorsetcouncil.edu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.dorsetcouncil.edu.synthetic.school.School;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (ADR 0044): Debian's Chromium, headless, driven by
 * Selenium through Debian's chromedriver (both installed by .ci/install-browser when
 * missing), on the shared platform with the demo loaded ({@link SharedPlatform}). Each
 * persona signs in through the development issuer's persona page as a person would, opens
 * every view its navigation offers, and is refused what its rights do not allow. On every
 * page: axe-core (from npm, injected into the page) finds no serious or critical WCAG
 * violation, the page's scripts ran under its Content Security Policy with no error, and
 * every chart was drawn by ECharts. The pages are saved as screenshots in
 * docs/screenshots, which the README shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class DashboardBrowserIT {

	/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, and its best practices. */
	private static final String AXE_RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
					resultTypes: ['violations'] })
				.then((result) => done(JSON.stringify(result.violations.map((v) => ({
					id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))))
				.catch((error) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(error), nodes: [] }])));
			""";

	private final County demo = County.demo();

	private final School school = this.demo.schools().get(0);

	private final Path root = Path.of(System.getProperty("dorset.root", "..")).toAbsolutePath().normalize();

	/**
	 * Where the screenshots go: the build's own folder by default, so that a test run
	 * leaves the work tree as it was; {@code -Ddashboard.screenshots=docs/screenshots}
	 * refreshes the ones the README shows.
	 */
	private final Path screenshots = this.root
		.resolve(System.getProperty("dashboard.screenshots", "deploy/target/screenshots"));

	private LocalPlatform platform;

	private String axe;

	private WebDriver browser;

	@BeforeAll
	void openBrowser(SharedPlatform.Running shared) throws IOException {
		this.platform = shared.platform();
		Path axeScript = this.root.resolve("gateway/src/main/frontend/node_modules/axe-core/axe.min.js");
		assertThat(axeScript).as("axe-core from the gateway's npm packages (built with the gateway module)").exists();
		this.axe = Files.readString(axeScript, StandardCharsets.UTF_8);
		Files.createDirectories(this.screenshots);

		ChromeOptions options = new ChromeOptions();
		options.setBinary(executable("chromium", "/usr/bin/chromium"));
		// --no-sandbox: Chromium's sandbox cannot start as root in a container, as CI
		// runs it
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1280,1000", "--hide-scrollbars", "--force-device-scale-factor=1");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingOptions", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(executable("chromedriver", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anLaInclusionOfficerOpensEveryViewAndDrillsDownFromTheCounty() {
		signIn("la-inclusion-officer", null, null);
		assertThat(path()).isEqualTo("/dashboard/overview");
		assertThat(whoseData()).contains("Dorset Council: the whole county");
		Set<String> views = checkEveryOfferedView("la-inclusion-officer");
		assertThat(views).contains("/dashboard/overview", "/dashboard/alerts", "/dashboard/children",
				"/dashboard/deadlines", "/dashboard/belonging");

		open("/dashboard/overview");
		this.browser.findElement(By.cssSelector("a[href^='/dashboard/localities/']")).click();
		waitFor("a locality's page", driver -> path().startsWith("/dashboard/localities/"));
		assertThat(path()).startsWith("/dashboard/localities/");
		checkPage("la-inclusion-officer-locality");

		String upn = this.demo.pupilsOnRollBy(this.school).get(0).upn();
		open("/dashboard/children");
		this.browser.findElement(By.id("upn")).sendKeys("not a upn");
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
		waitFor("the error summary", driver -> !driver.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("There is a problem");
		checkPage("la-inclusion-officer-find-child-error");
		this.browser.findElement(By.id("upn")).clear();
		this.browser.findElement(By.id("upn")).sendKeys(upn);
		this.browser.findElement(By.cssSelector("main button[type=submit]")).click();
		waitFor("the child's page", driver -> mainText().contains("Child " + upn));
		assertThat(mainText()).contains("Child " + upn, "Attendance");
		checkPage("la-inclusion-officer-child");

		this.browser.findElement(By.cssSelector("form[action='/dashboard/sign-out'] button")).click();
		waitFor("the signed-out page", driver -> "/dashboard/signed-out".equals(path()));
		assertThat(path()).isEqualTo("/dashboard/signed-out");
		checkPage("signed-out");
	}

	@Test
	void aSchoolsAttendanceLeadSeesItsSchoolAndNeitherAnotherNorTheCounty() {
		signIn("school-attendance-lead", this.school.urn(), null);
		assertThat(path()).isEqualTo("/dashboard/schools/" + this.school.urn());
		assertThat(whoseData()).contains("school " + this.school.urn());
		assertThat(navigation()).doesNotContain("County overview");
		checkEveryOfferedView("school-attendance-lead");

		refused("/dashboard/overview", "school-attendance-lead-refused");
		refused("/dashboard/schools/" + this.demo.schools().get(1).urn(), null);
		signOut();
	}

	@Test
	void aLocalityOfficerSeesItsLocalityAndNotTheSendQueues() {
		signIn("locality-inclusion-officer", null, "CHESIL");
		assertThat(path()).isEqualTo("/dashboard/localities/CHESIL");
		assertThat(navigation()).contains("My locality").doesNotContain("EHC assessments and reviews");
		checkEveryOfferedView("locality-inclusion-officer");
		refused("/dashboard/send", null);
		signOut();
	}

	@Test
	void theEducationBoardAnalystSeesSuppressedCountyFiguresAndNoChild() {
		signIn("education-board-analyst", null, null);
		assertThat(path()).isEqualTo("/dashboard/overview");
		assertThat(navigation()).doesNotContain("Find a child");
		assertThat(mainText()).contains("Small numbers are suppressed");
		checkEveryOfferedView("education-board-analyst");
		refused("/dashboard/children/" + this.demo.pupilsOnRollBy(this.school).get(0).upn(), null);
		signOut();
	}

	/** Through the development issuer's persona page, as a person would sign in. */
	private void signIn(String persona, String schoolUrn, String locality) {
		// no session left from another test (tests run in any order)
		open("/dashboard/signed-out");
		this.browser.manage().deleteAllCookies();
		this.browser.get(this.platform.dashboardUrl());
		assertThat(this.browser.getCurrentUrl()).startsWith(this.platform.issuer().issuer() + "/authorize?");
		this.browser.findElement(By.id("persona-" + persona)).click();
		if (schoolUrn != null) {
			this.browser.findElement(By.id("school")).sendKeys(schoolUrn);
		}
		if (locality != null) {
			new Select(this.browser.findElement(By.id("locality"))).selectByVisibleText(locality);
		}
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
		// the form posts to the issuer, which redirects to the gateway, which redirects
		// on
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).withMessage("signed in as " + persona)
			.until(driver -> driver.getCurrentUrl().startsWith(this.platform.dashboardUrl() + "/")
					&& !driver.findElements(By.id("whose-data")).isEmpty());
		assertThat(whoseData()).contains("dev-" + persona);
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector("form[action='/dashboard/sign-out'] button")).click();
		waitFor("the signed-out page", driver -> "/dashboard/signed-out".equals(path()));
		assertThat(path()).isEqualTo("/dashboard/signed-out");
	}

	/**
	 * Every view in the persona's navigation, each checked and saved as persona-view.png.
	 */
	private Set<String> checkEveryOfferedView(String persona) {
		List<String> links = new ArrayList<>();
		for (WebElement link : this.browser.findElements(By.cssSelector(".govuk-service-navigation__link"))) {
			links.add(link.getDomAttribute("href"));
		}
		assertThat(links).as("the navigation offers at least one view").isNotEmpty();
		Set<String> views = new LinkedHashSet<>();
		for (String link : links) {
			open(link);
			assertThat(this.browser.getTitle()).as(link).doesNotContain("Not shown to you");
			String view = link.replaceFirst("^/dashboard/", "").replaceAll("/[^/]*$", "").replace('/', '-');
			checkPage(persona + "-" + view);
			views.add(link);
		}
		return views;
	}

	private void refused(String path, String screenshot) {
		open(path);
		assertThat(mainText()).contains("You do not have the right to see this");
		assertThat(this.browser.findElements(By.cssSelector("[data-chart]"))).isEmpty();
		checkPage(screenshot);
	}

	/**
	 * The page as it has to be on every view: charts drawn, no script error or CSP
	 * refusal, no serious or critical accessibility violation; then its screenshot.
	 */
	private void checkPage(String screenshot) {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).withMessage("every chart drawn by ECharts on " + path())
			.until(driver -> (Boolean) js.executeScript(
					"return [...document.querySelectorAll('[data-chart]')].every((c) => c.querySelector('canvas'))"));
		assertThat(this.browser.findElements(By.cssSelector("header.govuk-header"))).as("one header on " + path())
			.hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector("footer.govuk-footer"))).as("one footer on " + path())
			.hasSize(1);
		assertThat(this.browser.findElement(By.tagName("body")).getDomAttribute("class"))
			.as("govuk-frontend's script ran")
			.contains("govuk-frontend-supported");

		List<String> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught")
					|| message.contains("TypeError"))
			.toList();
		assertThat(errors).as("script errors or CSP refusals on " + path()).isEmpty();

		js.executeScript(this.axe);
		JsonNode violations = JsonMapper.shared().readTree((String) js.executeAsyncScript(AXE_RUN));
		List<String> serious = new ArrayList<>();
		for (JsonNode violation : violations) {
			String impact = violation.path("impact").asString();
			if (impact.equals("serious") || impact.equals("critical")) {
				serious.add(violation.toString());
			}
		}
		assertThat(serious).as("serious or critical accessibility violations on " + path()).isEmpty();

		if (screenshot != null) {
			byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
			try {
				Files.write(this.screenshots.resolve(screenshot + ".png"), png);
			}
			catch (IOException ex) {
				throw new IllegalStateException("could not save " + screenshot, ex);
			}
		}
	}

	private void open(String path) {
		this.browser.get(this.platform.gatewayUrl() + path);
	}

	/**
	 * A click that submits a form or follows a link is not always waited for by
	 * WebDriver: wait for the page it leads to before reading it.
	 */
	private void waitFor(String what, Function<WebDriver, Boolean> arrived) {
		// the page being left can go stale while it is read: read again
		new WebDriverWait(this.browser, Duration.ofSeconds(20)).withMessage(what)
			.ignoring(StaleElementReferenceException.class)
			.until(arrived::apply);
	}

	private String path() {
		return java.net.URI.create(this.browser.getCurrentUrl()).getPath();
	}

	private String whoseData() {
		return this.browser.findElement(By.id("whose-data")).getText();
	}

	private String navigation() {
		return this.browser.findElement(By.cssSelector(".govuk-service-navigation")).getText();
	}

	private String mainText() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

	/** The program on the PATH, or where Debian's package puts it. */
	private static String executable(String name, String debian) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return debian;
	}

}
