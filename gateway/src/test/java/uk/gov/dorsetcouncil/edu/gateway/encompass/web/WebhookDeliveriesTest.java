package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditWriter;
import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.encompass.IncidentReport;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Notification;
import uk.gov.dorsetcouncil.edu.gateway.encompass.Routing;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookJob;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRegistration;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSecrets;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSignature;
import uk.gov.dorsetcouncil.edu.gateway.encompass.http.WebhookSender;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.NotificationStore;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookQueue;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookStore;
import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;
import uk.gov.dorsetcouncil.edu.platform.web.StrictJson;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications sent to a school's own system (ADR 0045), WireMock playing the school's
 * endpoint, the embedded MongoDB the queue, a clock the test moves: never a real wait
 * over a second.
 */
class WebhookDeliveriesTest {

	static final String SCHOOL = "991001";

	/** The platform key, made for this run (no key is kept in the repository). */
	static final String KEY = madeKey();

	static String madeKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("webhooks");

	static final WireMockServer school = new WireMockServer(options().dynamicPort());

	MutableClock clock;

	MongoDatabase database;

	NotificationStore notifications;

	WebhookStore webhooks;

	WebhookSecrets secrets;

	AuditLog log;

	WebhookSettings settings;

	@BeforeAll
	static void start() {
		school.start();
	}

	@AfterAll
	static void stop() {
		school.stop();
	}

	@BeforeEach
	void freshQueue() {
		school.resetAll();
		this.clock = new MutableClock(Instant.parse("2026-12-07T20:00:00Z"));
		this.database = mongo.emptyDatabase();
		this.notifications = new NotificationStore(this.database);
		this.webhooks = new WebhookStore(this.database);
		this.settings = new WebhookSettings(KEY, true, 3, Duration.ofSeconds(30), 2.0, 0.5, Duration.ofMinutes(10),
				Duration.ofMillis(500), Duration.ofMillis(300), Duration.ofMinutes(1), Duration.ofSeconds(1), 20,
				Duration.ofMinutes(1), Duration.ofHours(24));
		this.secrets = new WebhookSecrets(this.settings.key());
		MongoAuditStore audit = new MongoAuditStore(this.database);
		audit.register("webhook-test");
		this.log = new AuditLog(audit, new AuditWriter("webhook-test", audit, 64, 16).start());
		register("/hook", WebhookRegistration.Status.ACTIVE);
	}

	@AfterEach
	void closeLog() {
		this.log.close();
	}

	/** A worker as a gateway starts one: its own queue over the database. */
	WebhookDeliveries worker() {
		return new WebhookDeliveries(new WebhookQueue(this.database), this.webhooks, this.secrets,
				new WebhookSender(this.settings.connectTimeout(), this.settings.timeout()),
				new Auditor(this.log, this.clock), this.clock, this.settings);
	}

	void register(String path, WebhookRegistration.Status status) {
		this.webhooks.delete(SCHOOL);
		this.webhooks.register(new WebhookRegistration(SCHOOL, "http://127.0.0.1:" + school.port() + path, status,
				"salt-1", null, null, "key-1", "f", this.clock.instant(), null));
	}

	String secret() {
		return this.secrets.secret(SCHOOL, "salt-1");
	}

	/**
	 * A notification delivered to the school's inbox with its webhook job, as routing
	 * does.
	 */
	Notification delivered(int n) {
		String id = "OE-%024X".formatted(n);
		Instant now = this.clock.instant();
		Notification received = Notification.received(id, "POLICE:DORSET", "DSA-OE", new IncidentReport("DP/" + n,
				now.minusSeconds(3600), "the child's home",
				new IncidentReport.ChildAsHeld("Smith-Jones", "Amelia", LocalDate.parse("2016-07-04"), null, "DT1 1XJ"),
				true, "The child saw the incident."), now);
		this.notifications.receive(received);
		Notification routed = received.routed(new Routing.Route(Routing.Recipient.SCHOOL, SCHOOL, "A838200125001", 100,
				Routing.Reason.CONFIDENT_MATCH_ON_ONE_ROLL), now.plusSeconds(43_200), now);
		return this.notifications.route(routed, WebhookJob.queued(id, SCHOOL, now));
	}

	WebhookJob job(Notification notification) {
		return new WebhookQueue(this.database).find(WebhookJob.eventOf(notification.id())).orElseThrow();
	}

	static void answers(int status) {
		school.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(status)));
	}

	static List<LoggedRequest> received() {
		return school.findAll(postRequestedFor(urlEqualTo("/hook")));
	}

	@Test
	void theSchoolReceivesTheNotificationSignedWithItsSecretOverTimestampDotBody() throws Exception {
		answers(200);
		Notification notification = delivered(1);

		assertThat(worker().deliverDue()).isEqualTo(1);

		LoggedRequest request = received().get(0);
		String timestamp = request.getHeader(WebhookSignature.TIMESTAMP_HEADER);
		assertThat(timestamp).isEqualTo(Long.toString(this.clock.instant().getEpochSecond()));
		// As a school checks it, with nothing of the platform's: the JDK's HMAC.
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = java.util.HexFormat.of()
			.formatHex(mac.doFinal((timestamp + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8)));
		assertThat(request.getHeader(WebhookSignature.SIGNATURE_HEADER)).isEqualTo("v1=" + expected);
		assertThat(WebhookSignature.verifies("whsec_not-the-secret",
				request.getHeader(WebhookSignature.SIGNATURE_HEADER), Long.parseLong(timestamp), request.getBody()))
			.isFalse();

		String event = WebhookJob.eventOf(notification.id());
		assertThat(request.getHeader(WebhookSignature.EVENT_HEADER)).isEqualTo(event);
		assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
		Map<?, ?> body = StrictJson.mapper().readValue(request.getBody(), Map.class);
		assertThat(body.get("id")).isEqualTo(event);
		assertThat(body.get("type")).isEqualTo("encompass.notification.delivered");
		Map<?, ?> shown = (Map<?, ?>) body.get("notification");
		assertThat(shown.get("id")).isEqualTo(notification.id());
		assertThat(shown.get("schoolNeedsToKnow")).isEqualTo("The child saw the incident.");
		assertThat(shown.get("state")).isEqualTo("DELIVERED");
		assertThat(job(notification).state()).isEqualTo(WebhookJob.State.DELIVERED);
		assertThat(job(notification).lastOutcome()).isEqualTo("200");

		this.clock.advance(Duration.ofHours(1));
		assertThat(worker().deliverDue()).as("delivered once").isZero();
		assertThat(received()).hasSize(1);
	}

	@Test
	void failuresThatMayPassAreTriedAgainAfterTheBackoffUntilOneSucceeds() {
		school.stubFor(post(urlEqualTo("/hook")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("down again"));
		school.stubFor(post(urlEqualTo("/hook")).inScenario("flaky")
			.whenScenarioStateIs("down again")
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("up"));
		school.stubFor(post(urlEqualTo("/hook")).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(204)));
		Notification notification = delivered(2);
		WebhookDeliveries worker = worker();

		assertThat(worker.deliverDue()).isEqualTo(1);
		WebhookJob waiting = job(notification);
		assertThat(waiting.state()).isEqualTo(WebhookJob.State.PENDING);
		assertThat(waiting.lastOutcome()).isEqualTo("503");
		// the first wait: 30 s, spread by half either way
		assertThat(Duration.between(this.clock.instant(), waiting.nextAt())).isBetween(Duration.ofSeconds(15),
				Duration.ofSeconds(45));
		this.clock.advance(Duration.ofSeconds(14));
		assertThat(worker.deliverDue()).as("not before its time").isZero();

		this.clock.advance(Duration.ofSeconds(32));
		assertThat(worker.deliverDue()).isEqualTo(1);
		assertThat(job(notification).lastOutcome()).isEqualTo("429");
		this.clock.advance(Duration.ofSeconds(91));
		assertThat(worker.deliverDue()).isEqualTo(1);

		WebhookJob done = job(notification);
		assertThat(done.state()).isEqualTo(WebhookJob.State.DELIVERED);
		assertThat(done.attempts()).isEqualTo(3);
		assertThat(received()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.getHeader(WebhookSignature.EVENT_HEADER))
				.isEqualTo(WebhookJob.eventOf(notification.id())));
	}

	@Test
	void aTimeoutIsTriedAgainAndAfterTheLastAttemptTheJobIsADeadLetter() {
		school.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(800)));
		Notification notification = delivered(3);
		WebhookDeliveries worker = worker();
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(worker.deliverDue()).isEqualTo(1);
			this.clock.advance(Duration.ofMinutes(15));
		}
		WebhookJob dead = job(notification);
		assertThat(dead.state()).isEqualTo(WebhookJob.State.DEAD);
		assertThat(dead.attempts()).isEqualTo(3);
		assertThat(dead.lastOutcome()).startsWith("TIMEOUT");
		assertThat(new WebhookQueue(this.database).deadLetters(SCHOOL)).extracting(WebhookJob::event)
			.containsExactly(dead.event());
		assertThat(worker.deliverDue()).isZero();
	}

	@Test
	void aClientErrorGoesToTheDeadLettersWithoutRetriesAndAPersonReplaysIt() {
		answers(410);
		Notification notification = delivered(4);
		WebhookDeliveries worker = worker();
		assertThat(worker.deliverDue()).isEqualTo(1);
		this.clock.advance(Duration.ofHours(2));
		assertThat(worker.deliverDue()).as("no retry").isZero();
		assertThat(received()).hasSize(1);
		WebhookQueue queue = new WebhookQueue(this.database);
		assertThat(queue.deadLetters(null)).singleElement().satisfies((letter) -> {
			assertThat(letter.notification()).isEqualTo(notification.id());
			assertThat(letter.attempts()).isEqualTo(1);
			assertThat(letter.lastOutcome()).isEqualTo("410");
			assertThat(letter.finishedAt()).isNotNull();
		});
		assertThat(queue.deadLetters("991002")).isEmpty();

		school.resetAll();
		answers(200);
		String event = WebhookJob.eventOf(notification.id());
		assertThat(queue.replay(event, this.clock.instant())).isTrue();
		assertThat(queue.replay(event, this.clock.instant())).as("a replay only of a dead letter").isFalse();
		assertThat(worker.deliverDue()).isEqualTo(1);
		assertThat(job(notification).state()).isEqualTo(WebhookJob.State.DELIVERED);
		assertThat(job(notification).attempts()).as("renewed by the replay").isEqualTo(1);
		assertThat(queue.deadLetters(null)).isEmpty();
		assertThat(received()).singleElement()
			.satisfies((request) -> assertThat(request.getHeader(WebhookSignature.EVENT_HEADER)).isEqualTo(event));
	}

	@Test
	void aNewWorkerOverTheSameDatabaseDeliversExactlyThePendingJobsAfterARestartMidDelivery() {
		answers(200);
		Notification sent = delivered(10);
		worker().deliverDue();
		answers(404);
		Notification dead = delivered(11);
		worker().deliverDue();
		answers(200);
		Notification waiting = delivered(12);
		Notification midDelivery = delivered(13);
		// A gateway claims the last job and stops before recording what came of it.
		WebhookQueue stopped = new WebhookQueue(this.database);
		assertThat(stopped.claim(this.clock.instant().plusSeconds(1), this.settings.lease())).hasValueSatisfying(
				(claimed) -> assertThat(claimed.notification().id()).isIn(waiting.id(), midDelivery.id()));
		school.resetRequests();

		// The restart: a new worker, new stores, the same database.
		this.notifications = new NotificationStore(this.database);
		this.webhooks = new WebhookStore(this.database);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(worker().deliverDue()).as("the job not claimed").isEqualTo(1);
		this.clock.advance(this.settings.lease());
		assertThat(worker().deliverDue()).as("the claimed job, once its lease expired").isEqualTo(1);
		this.clock.advance(Duration.ofHours(1));
		assertThat(worker().deliverDue()).isZero();

		assertThat(received()).extracting((request) -> request.getHeader(WebhookSignature.EVENT_HEADER))
			.containsExactlyInAnyOrder(WebhookJob.eventOf(waiting.id()), WebhookJob.eventOf(midDelivery.id()));
		assertThat(job(sent).state()).isEqualTo(WebhookJob.State.DELIVERED);
		assertThat(job(dead).state()).isEqualTo(WebhookJob.State.DEAD);
		assertThat(job(waiting).state()).isEqualTo(WebhookJob.State.DELIVERED);
		assertThat(job(midDelivery).state()).isEqualTo(WebhookJob.State.DELIVERED);
	}

	@Test
	void twoReplicasNeverHoldOneJobAtOnceAndALeaseThatExpiredIsTakenWithItsWrites() {
		Notification notification = delivered(20);
		WebhookQueue first = new WebhookQueue(this.database);
		WebhookQueue second = new WebhookQueue(this.database);
		Instant now = this.clock.instant();
		WebhookQueue.Claimed claimed = first.claim(now, Duration.ofMinutes(1)).orElseThrow();
		assertThat(second.claim(now, Duration.ofMinutes(1))).isEmpty();
		assertThat(second.claim(now.plusSeconds(59), Duration.ofMinutes(1))).as("within the lease").isEmpty();

		WebhookQueue.Claimed taken = second.claim(now.plusSeconds(60), Duration.ofMinutes(1)).orElseThrow();
		assertThat(taken.notification().id()).isEqualTo(notification.id());
		assertThat(taken.job().attempts()).as("each claim is an attempt").isEqualTo(2);
		assertThat(first.finish(claimed, WebhookJob.State.DELIVERED, null, "200", now.plusSeconds(61)))
			.as("the first lost its lease: its write changes nothing")
			.isFalse();
		assertThat(job(notification).state()).isEqualTo(WebhookJob.State.PENDING);
		assertThat(second.finish(taken, WebhookJob.State.DELIVERED, null, "200", now.plusSeconds(61))).isTrue();
		assertThat(job(notification).state()).isEqualTo(WebhookJob.State.DELIVERED);
	}

	@Test
	void aPausedWebhookHoldsItsJobsUntilResumedAndADeletedOneDropsThem() {
		answers(200);
		register("/hook", WebhookRegistration.Status.PAUSED);
		Notification notification = delivered(30);
		WebhookDeliveries worker = worker();
		assertThat(worker.deliverDue()).isEqualTo(1);
		assertThat(received()).isEmpty();
		WebhookJob held = job(notification);
		assertThat(held.state()).isEqualTo(WebhookJob.State.PENDING);
		assertThat(held.attempts()).as("a pause uses no attempt").isZero();

		this.webhooks.status(SCHOOL, WebhookRegistration.Status.ACTIVE);
		this.clock.advance(this.settings.pausedRecheck());
		assertThat(worker.deliverDue()).isEqualTo(1);
		assertThat(received()).hasSize(1);

		Notification orphan = delivered(31);
		this.webhooks.delete(SCHOOL);
		worker.deliverDue();
		assertThat(job(orphan).state()).isEqualTo(WebhookJob.State.CANCELLED);
		assertThat(received()).hasSize(1);
	}

	@Test
	void aSecondRoutingOfADeliveredNotificationQueuesNoSecondJob() {
		answers(200);
		Notification notification = delivered(40);
		worker().deliverDue();
		this.notifications.route(notification, WebhookJob.queued(notification.id(), SCHOOL, this.clock.instant()));
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(worker().deliverDue()).isZero();
		assertThat(job(notification).state()).isEqualTo(WebhookJob.State.DELIVERED);
	}

}
