package uk.gov.dorsetcouncil.edu.platform.changes.example;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRecordingWrites;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * A small producer as a service would write one: tallies kept per school, each addition a
 * version-checked write that records its change in the same document, relayed into the
 * feed afterwards.
 */
public final class TallyProducer {

	private final MongoCollection<Document> tallies;

	private final ChangeRelay relay;

	private final LostRaceRetry retry;

	private final Clock clock;

	public TallyProducer(MongoDatabase database, ChangeRelay relay, LostRaceRetry retry, Clock clock) {
		this.tallies = database.getCollection("tallies");
		this.relay = relay;
		this.retry = retry;
		this.clock = clock;
		VersionedWrites.indexVersions(this.tallies);
		ChangeRelay.indexPending(this.tallies);
	}

	/** Adds to a school's tally; returns the new total. */
	public long add(String urn, long amount) {
		long total = this.retry.untilWon("tally", () -> {
			Document held = this.tallies.find(Filters.eq("_id", urn)).first();
			long version = (held == null) ? 0 : VersionedWrites.versionOf(held);
			long now = ((held == null) ? 0 : held.getLong("total")) + amount;
			Change change = new Change(urn + ":" + (version + 1), "tally", urn,
					(version == 0) ? ChangeType.CREATED : ChangeType.UPDATED, Set.of("SCHOOL:" + urn),
					this.clock.instant(), Map.of("amount", Long.toString(amount), "total", Long.toString(now)));
			boolean saved = ChangeRecordingWrites.save(this.tallies, urn, new Document("total", now), version,
					List.of(change));
			return saved ? Optional.of(now) : Optional.empty();
		}, () -> "the tally of " + urn);
		this.relay.relay(this.tallies, urn);
		return total;
	}

	/** Adds without relaying: as if the process died right after the write. */
	public void addAndDie(String urn, long amount) {
		Document held = this.tallies.find(Filters.eq("_id", urn)).first();
		long version = (held == null) ? 0 : VersionedWrites.versionOf(held);
		long now = ((held == null) ? 0 : held.getLong("total")) + amount;
		ChangeRecordingWrites.save(this.tallies, urn, new Document("total", now), version,
				List.of(new Change(urn + ":" + (version + 1), "tally", urn, ChangeType.UPDATED, Set.of("SCHOOL:" + urn),
						this.clock.instant(), Map.of("amount", Long.toString(amount), "total", Long.toString(now)))));
	}

	/** What a restart does before serving: relay whatever a crash left pending. */
	public int recover() {
		return this.relay.sweep(this.tallies);
	}

	public long total(String urn) {
		Document held = this.tallies.find(Filters.eq("_id", urn)).first();
		return (held == null) ? 0 : held.getLong("total");
	}

}
