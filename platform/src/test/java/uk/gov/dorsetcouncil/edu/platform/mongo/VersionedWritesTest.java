package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites.Versioned;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetrySettings;
import uk.gov.dorsetcouncil.edu.platform.retry.ResilientLostRaceRetry;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Version-checked writes against the embedded engine the services run on. */
class VersionedWritesTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("versioned");

	MongoCollection<Document> things;

	@BeforeEach
	void emptyCollection() {
		this.things = mongo.emptyDatabase().getCollection("things");
		VersionedWrites.indexVersions(this.things);
		VersionedWrites.save(this.things, "held", new Document("colour", "red"), 0);
		VersionedWrites.save(this.things, "held", new Document("colour", "green"), 1);
	}

	@ParameterizedTest(name = "{0} at version {1} -> {2}")
	@CsvSource({ "new, 0, true, 1", "held, 2, true, 3", "held, 1, false, 2", "held, 3, false, 2", "held, 0, false, 2",
			"new, 4, false, 0" })
	void aWriteWinsOnlyAtTheVersionItRead(String id, long expected, boolean saved, long versionAfter) {
		assertThat(VersionedWrites.save(this.things, id, new Document("colour", "blue"), expected)).isEqualTo(saved);
		Document held = this.things.find(Filters.eq("_id", id)).first();
		assertThat((held == null) ? 0 : VersionedWrites.versionOf(held)).isEqualTo(versionAfter);
		if (saved) {
			assertThat(held.getString("colour")).isEqualTo("blue");
		}
	}

	@Test
	void aBatchStoresWhatWonAndNamesWhatLost() {
		VersionedWrites.save(this.things, "other", new Document("colour", "grey"), 0);
		List<Versioned> batch = List.of(new Versioned("held", new Document("colour", "blue"), 2),
				new Versioned("fresh", new Document("colour", "blue"), 0),
				new Versioned("other", new Document("colour", "blue"), 0),
				new Versioned("stale", new Document("colour", "blue"), 7));

		Set<Object> lost = VersionedWrites.saveAll(this.things, batch);

		assertThat(lost).containsExactlyInAnyOrder("other", "stale");
		assertThat(colourOf("held")).isEqualTo("blue");
		assertThat(colourOf("fresh")).isEqualTo("blue");
		assertThat(colourOf("other")).as("created first by someone else").isEqualTo("grey");
		assertThat(this.things.find(Filters.eq("_id", "stale")).first()).isNull();
	}

	@Test
	void aBatchThatLostToTheSameVersionWithOtherContentKnowsIt() {
		// Two writers read version 2; the other one's write landed first.
		VersionedWrites.save(this.things, "held", new Document("colour", "black"), 2);

		Set<Object> lost = VersionedWrites.saveAll(this.things,
				List.of(new Versioned("held", new Document("colour", "blue"), 2)));

		assertThat(lost).containsExactly("held");
		assertThat(colourOf("held")).isEqualTo("black");
	}

	@Test
	void aDeleteWinsOnlyAtTheVersionItRead() {
		assertThat(VersionedWrites.delete(this.things, "held", 1)).isFalse();
		assertThat(colourOf("held")).isEqualTo("green");
		assertThat(VersionedWrites.delete(this.things, "held", 2)).isTrue();
		assertThat(this.things.find(Filters.eq("_id", "held")).first()).isNull();
	}

	@Test
	void aNegativeVersionIsAMistake() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> VersionedWrites.save(this.things, "x", new Document(), -1));
	}

	@Test
	void insertingOnceMoreLeavesTheFirst() {
		assertThat(InsertOnce.one(this.things, new Document("_id", "a").append("n", 1))).isTrue();
		assertThat(InsertOnce.one(this.things, new Document("_id", "a").append("n", 2))).isFalse();
		assertThat(InsertOnce.all(this.things, List.of(new Document("_id", "a").append("n", 3),
				new Document("_id", "b").append("n", 3), new Document("_id", "c").append("n", 3))))
			.isEqualTo(2);
		assertThat(this.things.find(Filters.eq("_id", "a")).first().getInteger("n")).isEqualTo(1);
		assertThat(InsertOnce.all(this.things, List.of())).isZero();
	}

	/**
	 * Many writers adding to one counter: each read-modify-write is version-checked and
	 * retried when it lost, so no increment is lost and none is counted twice.
	 */
	@Test
	void concurrentReadModifyWritesLoseNothing() throws Exception {
		int writers = 8;
		int each = 40;
		ResilientLostRaceRetry retry = new ResilientLostRaceRetry(
				new LostRaceRetrySettings(1000, java.time.Duration.ofMillis(1), 1.5, 0.5), new SimpleMeterRegistry());
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			done.add(pool.submit(() -> {
				for (int i = 0; i < each; i++) {
					retry.untilWon("count", () -> {
						Document held = this.things.find(Filters.eq("_id", "counter")).first();
						long version = (held == null) ? 0 : VersionedWrites.versionOf(held);
						int count = (held == null) ? 0 : held.getInteger("count");
						boolean won = VersionedWrites.save(this.things, "counter", new Document("count", count + 1),
								version);
						return won ? java.util.Optional.of(count + 1) : java.util.Optional.empty();
					}, () -> "the counter");
				}
				return null;
			}));
		}
		for (Future<?> writer : done) {
			writer.get();
		}
		pool.shutdown();
		Document counter = this.things.find(Filters.eq("_id", "counter")).first();
		assertThat(counter.getInteger("count")).isEqualTo(writers * each);
		assertThat(VersionedWrites.versionOf(counter)).isEqualTo(writers * each);
	}

	private String colourOf(String id) {
		return this.things.find(Filters.eq("_id", id)).first().getString("colour");
	}

}
