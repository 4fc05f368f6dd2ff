package uk.gov.dorsetcouncil.edu.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys.Begin;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdempotencyKeysTest {

	static final String SCHOOL = "SCHOOL:990027";

	static final String POST_A = RequestFingerprint.of("POST", "/api/v1/x", "a".getBytes(StandardCharsets.UTF_8));

	static final String POST_B = RequestFingerprint.of("POST", "/api/v1/x", "b".getBytes(StandardCharsets.UTF_8));

	static final StoredResponse CREATED = new StoredResponse(201, "application/json",
			"{\"id\":1}".getBytes(StandardCharsets.UTF_8));

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("idempotency");

	MongoDatabase database;

	MutableClock clock;

	IdempotencyKeys keys;

	@BeforeEach
	void emptyStore() {
		this.database = mongo.emptyDatabase();
		this.clock = new MutableClock(Instant.parse("2026-10-01T09:00:00Z"));
		this.keys = new IdempotencyKeys(this.database, IdempotencySettings.defaults(), this.clock);
	}

	@Test
	void theFirstRequestRunsAndItsRetryGetsItsAnswer() {
		Begin first = this.keys.begin(SCHOOL, "k1", POST_A);
		assertThat(first).isInstanceOf(Begin.Started.class);
		this.keys.complete(((Begin.Started) first).claim(), CREATED);

		Begin retry = this.keys.begin(SCHOOL, "k1", POST_A);

		assertThat(retry).isInstanceOfSatisfying(Begin.Replay.class, (replay) -> {
			assertThat(replay.response().status()).isEqualTo(201);
			assertThat(replay.response().contentType()).isEqualTo("application/json");
			assertThat(new String(replay.response().body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
		});
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefusedWhetherTheFirstRunsOrFinished() {
		Begin.Started first = (Begin.Started) this.keys.begin(SCHOOL, "k1", POST_A);
		assertThat(this.keys.begin(SCHOOL, "k1", POST_B)).isInstanceOf(Begin.Mismatch.class);
		this.keys.complete(first.claim(), CREATED);
		assertThat(this.keys.begin(SCHOOL, "k1", POST_B)).isInstanceOf(Begin.Mismatch.class);
	}

	@Test
	void aRetryWhileTheFirstRunsIsToldToWait() {
		this.keys.begin(SCHOOL, "k1", POST_A);
		assertThat(this.keys.begin(SCHOOL, "k1", POST_A)).isInstanceOf(Begin.InProgress.class);
	}

	@Test
	void keysOfDifferentOrganisationsNeverMeet() {
		this.keys.begin(SCHOOL, "k1", POST_A);
		assertThat(this.keys.begin("SCHOOL:990126", "k1", POST_B)).isInstanceOf(Begin.Started.class);
	}

	@Test
	void aReleasedKeyRunsAgain() {
		Begin.Started first = (Begin.Started) this.keys.begin(SCHOOL, "k1", POST_A);
		this.keys.release(first.claim());
		assertThat(this.keys.begin(SCHOOL, "k1", POST_B)).isInstanceOf(Begin.Started.class);
	}

	/** A first request whose process died holds its key only for its lease. */
	@Test
	void anAbandonedRequestIsTakenOverAfterItsLease() {
		Begin.Started first = (Begin.Started) this.keys.begin(SCHOOL, "k1", POST_A);
		this.clock.advance(Duration.ofMinutes(2).plusSeconds(1));

		Begin takeover = this.keys.begin(SCHOOL, "k1", POST_A);

		assertThat(takeover).isInstanceOf(Begin.Started.class);
		this.keys.complete(first.claim(), new StoredResponse(200, null, new byte[0]));
		assertThat(this.keys.begin(SCHOOL, "k1", POST_A)).as("the late first answer is not stored")
			.isInstanceOf(Begin.InProgress.class);
		this.keys.complete(((Begin.Started) takeover).claim(), CREATED);
		assertThat(this.keys.begin(SCHOOL, "k1", POST_A)).isInstanceOf(Begin.Replay.class);
	}

	@ParameterizedTest(name = "{0} after the first request -> {1}")
	@CsvSource({ "PT23H59M, Replay", "PT24H, Started", "PT48H, Started" })
	void keysExpire(Duration after, String expected) {
		Begin.Started first = (Begin.Started) this.keys.begin(SCHOOL, "k1", POST_A);
		this.keys.complete(first.claim(), CREATED);
		this.clock.advance(after);
		assertThat(this.keys.begin(SCHOOL, "k1", POST_B).getClass().getSimpleName())
			.isEqualTo(expected.equals("Replay") ? "Mismatch" : expected);
		assertThat(
				this.keys.begin(SCHOOL, "k1", expected.equals("Replay") ? POST_A : POST_B).getClass().getSimpleName())
			.isEqualTo(expected.equals("Replay") ? "Replay" : "InProgress");
	}

	@Test
	void theSweepDeletesExpiredKeysOnly() {
		this.keys.complete(((Begin.Started) this.keys.begin(SCHOOL, "old", POST_A)).claim(), CREATED);
		this.clock.advance(Duration.ofHours(12));
		this.keys.complete(((Begin.Started) this.keys.begin(SCHOOL, "new", POST_A)).claim(), CREATED);
		this.clock.advance(Duration.ofHours(13));

		assertThat(this.keys.sweep()).isEqualTo(1);
		assertThat(this.database.getCollection(IdempotencyKeys.COLLECTION).countDocuments()).isEqualTo(1);
	}

	@Test
	void ofManyConcurrentFirstRequestsExactlyOneRuns() throws Exception {
		int requests = 8;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch ready = new CountDownLatch(requests);
		List<Future<Begin>> outcomes = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			Callable<Begin> request = () -> {
				ready.countDown();
				ready.await();
				return this.keys.begin(SCHOOL, "same", POST_A);
			};
			outcomes.add(pool.submit(request));
		}
		List<Begin> begun = new ArrayList<>();
		for (Future<Begin> outcome : outcomes) {
			begun.add(outcome.get());
		}
		pool.shutdown();
		assertThat(begun.stream().filter(Begin.Started.class::isInstance)).hasSize(1);
		assertThat(begun.stream().filter(Begin.InProgress.class::isInstance)).hasSize(requests - 1);
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource(nullValues = "null", value = { "null", "''", "'has space'", "'tab\t'", "'é'" })
	void keysAreShortPrintableWords(String key) {
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> IdempotencyKeys.checkKey(key))
			.withMessageStartingWith("Idempotency-Key: ");
	}

	@Test
	void aKeyOf200CharactersIsTheLongest() {
		assertThat(IdempotencyKeys.checkKey("k".repeat(200))).hasSize(200);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> IdempotencyKeys.checkKey("k".repeat(201)));
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@CsvSource({ "PUT, /api/v1/x, a", "POST, /api/v1/y, a", "POST, /api/v1/x?dry=1, a", "POST, /api/v1/x, ab" })
	void aFingerprintTellsRequestsApart(String method, String target, String body) {
		assertThat(RequestFingerprint.of(method, target, body.getBytes(StandardCharsets.UTF_8))).isNotEqualTo(POST_A)
			.hasSize(64);
	}

}
