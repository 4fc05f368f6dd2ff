package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites.Versioned;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;

import uk.gov.dorsetcouncil.edu.platform.testing.InMemoryMongo;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox in the changed document, and its relay into the feed. */
class ChangeRecordingWritesTest {

	@RegisterExtension
	static final InMemoryMongo mongo = new InMemoryMongo("outbox");

	MongoCollection<Document> pupils;

	MongoChangeFeed feed;

	ChangeRelay relay;

	@BeforeEach
	void empty() {
		MongoDatabase database = mongo.emptyDatabase();
		this.pupils = database.getCollection("pupils");
		VersionedWrites.indexVersions(this.pupils);
		ChangeRelay.indexPending(this.pupils);
		this.feed = new MongoChangeFeed(database, new MutableClock(Instant.parse("2026-10-01T09:00:00Z")));
		this.relay = new ChangeRelay(this.feed);
	}

	static Change joined(String id) {
		return new Change(id, "enrolment", "990027:" + id, ChangeType.CREATED, Set.of("SCHOOL:990027"),
				Instant.parse("2026-10-01T08:00:00Z"), Map.of("admissionDate", "2026-09-03"));
	}

	@Test
	void theChangeIsWrittenWithTheDocumentAndRelayedOnce() {
		assertThat(ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Ann"), 0, List.of(joined("c1"))))
			.isTrue();
		assertThat(ChangeRecordingWrites.pendingIn(held("p1"))).containsExactly(joined("c1"));

		assertThat(this.relay.relay(this.pupils, "p1")).isEqualTo(1);
		assertThat(this.relay.relay(this.pupils, "p1")).isZero();

		assertThat(ChangeRecordingWrites.pendingIn(held("p1"))).isEmpty();
		assertThat(VersionedWrites.versionOf(held("p1"))).as("the relay moves no version").isEqualTo(1);
		assertThat(entries()).extracting((entry) -> entry.change().id()).containsExactly("c1");
	}

	@Test
	void aWriteThatLostItsRaceRecordsNothing() {
		ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Ann"), 0, List.of(joined("c1")));
		assertThat(ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Bea"), 0, List.of(joined("c2"))))
			.isFalse();
		assertThat(ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Bea"), 7, List.of(joined("c3"))))
			.isFalse();
		this.relay.relay(this.pupils, "p1");
		assertThat(entries()).extracting((entry) -> entry.change().id()).containsExactly("c1");
		assertThat(held("p1").getString("name")).isEqualTo("Ann");
	}

	@Test
	void aSecondWriteBeforeTheRelayKeepsTheFirstWritesChanges() {
		ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Ann"), 0, List.of(joined("c1")));
		ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Ann B"), 1, List.of(joined("c2")));

		this.relay.relay(this.pupils, "p1");

		assertThat(entries()).extracting((entry) -> entry.change().id()).containsExactly("c1", "c2");
		assertThat(held("p1").getString("name")).isEqualTo("Ann B");
	}

	/** Published, then the process died before the pending list was cleared. */
	@Test
	void aRelayCutShortIsFinishedByTheSweepWithoutADuplicate() {
		ChangeRecordingWrites.save(this.pupils, "p1", new Document("name", "Ann"), 0, List.of(joined("c1")));
		ChangeRecordingWrites.save(this.pupils, "p2", new Document("name", "Bo"), 0, List.of(joined("c2")));
		this.feed.publish(List.of(joined("c1")));

		assertThat(this.relay.sweep(this.pupils)).isEqualTo(2);

		assertThat(entries()).extracting((entry) -> entry.change().id()).containsExactly("c1", "c2");
		assertThat(this.relay.sweep(this.pupils)).isZero();
	}

	@Test
	void aBatchRecordsTheChangesOfTheDocumentsItWroteOnly() {
		ChangeRecordingWrites.save(this.pupils, "held", new Document("name", "Ann"), 0, List.of());
		ChangeRecordingWrites.save(this.pupils, "taken", new Document("name", "Cy"), 0, List.of());

		Set<Object> lost = ChangeRecordingWrites.saveAll(this.pupils,
				List.of(new Versioned("held", new Document("name", "Ann B"), 1),
						new Versioned("fresh", new Document("name", "Di"), 0),
						new Versioned("taken", new Document("name", "Ed"), 0),
						new Versioned("stale", new Document("name", "Fi"), 3)),
				Map.of("held", List.of(joined("h")), "fresh", List.of(joined("f")), "taken", List.of(joined("t")),
						"stale", List.of(joined("s"))));

		assertThat(lost).containsExactlyInAnyOrder("taken", "stale");
		assertThat(this.relay.sweep(this.pupils)).isEqualTo(2);
		assertThat(entries()).extracting((entry) -> entry.change().id()).containsExactlyInAnyOrder("h", "f");
		assertThat(held("fresh").getString("name")).isEqualTo("Di");
		assertThat(VersionedWrites.versionOf(held("fresh"))).isEqualTo(1);
		assertThat(held("held").getString("name")).isEqualTo("Ann B");
	}

	private Document held(String id) {
		return this.pupils.find(Filters.eq("_id", id)).first();
	}

	private List<ChangeEntry> entries() {
		return this.feed.read(0, 1000, Set.of(), (change) -> true).entries();
	}

}
