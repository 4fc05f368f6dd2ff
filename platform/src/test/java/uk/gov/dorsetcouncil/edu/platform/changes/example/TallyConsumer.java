package uk.gov.dorsetcouncil.edu.platform.changes.example;

import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeHandler;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;

/**
 * A small consumer: sums the amounts added to each school's tally into its own database.
 * Adding is not idempotent, so each sum records the last sequence it applied in the same
 * single-document write, and an entry at or below it is skipped: entries delivered again
 * after a crash have no second effect.
 */
public final class TallyConsumer implements ChangeHandler {

	private final MongoCollection<Document> sums;

	/** Entries handed to {@link #apply}, repeats included. */
	public final AtomicInteger deliveries = new AtomicInteger();

	/** Dies (as the process would) after applying this many more entries; -1 never. */
	public volatile int dieAfter = -1;

	public TallyConsumer(MongoDatabase database) {
		this.sums = database.getCollection("sums");
		VersionedWrites.indexVersions(this.sums);
	}

	@Override
	public void apply(ChangeEntry entry) {
		this.deliveries.incrementAndGet();
		String urn = entry.change().key();
		long amount = Long.parseLong(entry.change().payload().get("amount"));
		while (true) {
			Document held = this.sums.find(Filters.eq("_id", urn)).first();
			long version = (held == null) ? 0 : VersionedWrites.versionOf(held);
			long applied = (held == null) ? 0 : held.getLong("appliedThrough");
			if (entry.sequence() <= applied) {
				break;
			}
			long sum = ((held == null) ? 0 : held.getLong("sum")) + amount;
			if (VersionedWrites.save(this.sums, urn,
					new Document("sum", sum).append("appliedThrough", entry.sequence()), version)) {
				break;
			}
		}
		if (this.dieAfter > 0 && --this.dieAfter == 0) {
			throw new ProcessDeath();
		}
	}

	public long sum(String urn) {
		Document held = this.sums.find(Filters.eq("_id", urn)).first();
		return (held == null) ? 0 : held.getLong("sum");
	}

	/** Stands for the consumer's process dying: not an exception anyone handles. */
	public static final class ProcessDeath extends Error {

		ProcessDeath() {
			super("the consumer's process died");
		}

	}

}
