package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoDatabase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeBatch;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MongoChangeFeedTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("feed");

	MongoDatabase database;

	MutableClock clock;

	MongoChangeFeed feed;

	@BeforeEach
	void emptyFeed() {
		this.database = mongo.emptyDatabase();
		this.clock = new MutableClock(Instant.parse("2026-10-01T09:00:00Z"));
		this.feed = new MongoChangeFeed(this.database, this.clock);
	}

	static Change change(String id, String type, String organisation) {
		return new Change(id, type, "key-" + id, ChangeType.UPDATED, Set.of(organisation),
				Instant.parse("2026-10-01T08:00:00Z"), Map.of("n", id));
	}

	static List<Change> changes(String prefix, int count) {
		List<Change> changes = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			changes.add(change(prefix + i, "tally", "SCHOOL:990027"));
		}
		return changes;
	}

	@Test
	void entriesAreNumberedFromOneWithoutGapsInTheOrderPublished() {
		this.feed.publish(changes("a", 3));
		this.feed.publish(changes("b", 2));

		ChangeBatch read = this.feed.read(0, 100, Set.of(), (change) -> true);

		assertThat(read.entries()).extracting(ChangeEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(read.entries()).extracting((entry) -> entry.change().id())
			.containsExactly("a1", "a2", "a3", "b1", "b2");
		assertThat(read.nextAfter()).isEqualTo(5);
		assertThat(read.latest()).isEqualTo(5);
		assertThat(read.entries().get(0).change()).isEqualTo(change("a1", "tally", "SCHOOL:990027"));
	}

	@Test
	void aChangePublishedAgainIsOneEntry() {
		this.feed.publish(changes("a", 3));
		List<ChangeEntry> again = this.feed.publish(List.of(change("a2", "tally", "SCHOOL:990027"),
				change("c1", "tally", "SCHOOL:990027"), change("a3", "tally", "SCHOOL:990027")));

		assertThat(again).extracting(ChangeEntry::sequence).containsExactly(4L);
		assertThat(this.feed.read(0, 100, Set.of(), (change) -> true).entries()).extracting((e) -> e.change().id())
			.containsExactly("a1", "a2", "a3", "c1");
	}

	/**
	 * Two replicas of a producer, each with publishers on several threads, on one store:
	 * every change once, every number from 1 to the end taken once.
	 */
	@Test
	void concurrentPublishersOnSeveralReplicasLeaveNoGapAndNoDuplicate() throws Exception {
		MongoChangeFeed otherReplica = new MongoChangeFeed(this.database, this.clock);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> done = new ArrayList<>();
		for (int writer = 0; writer < 6; writer++) {
			MongoChangeFeed replica = (writer % 2 == 0) ? this.feed : otherReplica;
			String prefix = "w" + writer + "-";
			done.add(pool.submit(() -> {
				for (int i = 0; i < 20; i++) {
					replica.publish(changes(prefix + i + "-", 3));
				}
				return null;
			}));
		}
		for (Future<?> writer : done) {
			writer.get();
		}
		pool.shutdown();
		List<ChangeEntry> all = new ArrayList<>();
		long after = 0;
		while (true) {
			ChangeBatch batch = this.feed.read(after, 1000, Set.of(), (change) -> true);
			all.addAll(batch.entries());
			if (batch.nextAfter() == after) {
				break;
			}
			after = batch.nextAfter();
		}
		assertThat(all).hasSize(360);
		for (int i = 0; i < all.size(); i++) {
			assertThat(all.get(i).sequence()).isEqualTo(i + 1);
		}
		Set<String> ids = new HashSet<>();
		all.forEach((entry) -> ids.add(entry.change().id()));
		assertThat(ids).hasSize(360);
	}

	@Test
	void aReaderSkipsWhatItMayNotSeeAndItsCursorMovesPast() {
		this.feed.publish(List.of(change("1", "tally", "SCHOOL:990027"), change("2", "tally", "SCHOOL:990126"),
				change("3", "plan", "SCHOOL:990027"), change("4", "tally", "SCHOOL:990126")));

		ChangeBatch school = this.feed.read(0, 3, Set.of(),
				(change) -> change.organisations().contains("SCHOOL:990027"));
		ChangeBatch plans = this.feed.read(0, 100, Set.of("plan"), (change) -> true);

		assertThat(school.entries()).extracting(ChangeEntry::sequence).containsExactly(1L, 3L);
		assertThat(school.nextAfter()).isEqualTo(3);
		assertThat(plans.entries()).extracting(ChangeEntry::sequence).containsExactly(3L);
		assertThat(plans.nextAfter()).isEqualTo(4);
	}

	@Test
	void retentionDeletesTheOldestAndACursorBeforeThemIsToldToResynchronise() {
		this.feed.publish(changes("old", 3));
		this.clock.advance(Duration.ofDays(8));
		this.feed.publish(changes("new", 2));

		assertThat(this.feed.prune(this.clock.instant().minus(Duration.ofDays(7)))).isEqualTo(3);

		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.feed.read(2, 100, Set.of(), (change) -> true))
			.satisfies((problem) -> assertThat(problem.problem()).isEqualTo(Problem.GONE))
			.withMessageContaining("entries up to 3 are past the feed's retention")
			.withMessageContaining("resynchronise");
		ChangeBatch fromThree = this.feed.read(3, 100, Set.of(), (change) -> true);
		assertThat(fromThree.entries()).extracting(ChangeEntry::sequence).containsExactly(4L, 5L);
		assertThat(fromThree.oldestAfter()).isEqualTo(3);
	}

	@Test
	void numbersAreNeverTakenAgainOnceEverythingIsDeleted() {
		this.feed.publish(changes("a", 2));
		this.clock.advance(Duration.ofDays(8));
		this.feed.prune(this.clock.instant());
		MongoChangeFeed restarted = new MongoChangeFeed(this.database, this.clock);

		assertThat(restarted.publish(changes("b", 1))).extracting(ChangeEntry::sequence).containsExactly(3L);
	}

	@Test
	void aCursorBeyondTheEndIsToldToResynchronise() {
		this.feed.publish(changes("a", 2));
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.feed.read(7, 100, Set.of(), (change) -> true))
			.satisfies((problem) -> assertThat(problem.problem()).isEqualTo(Problem.GONE))
			.withMessageContaining("the feed ends at 2, before 7");
		assertThat(this.feed.read(2, 100, Set.of(), (change) -> true).entries()).isEmpty();
	}

	@ParameterizedTest(name = "after {0}, limit {1} -> {2}")
	@CsvSource({ "-1, 10, after", "0, 0, limit", "0, 1001, limit", "0, -5, limit" })
	void aReadOutsideTheLimitsIsInvalid(long after, int limit, String field) {
		assertThatExceptionOfType(ProblemException.class)
			.isThrownBy(() -> this.feed.read(after, limit, Set.of(), (change) -> true))
			.satisfies(
					(problem) -> assertThat(problem.violations()).extracting(Violation::field).containsExactly(field));
	}

}
