package uk.gov.dorsetcouncil.edu.attendance.measures.store;

import java.util.concurrent.ConcurrentSkipListSet;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.attendance.measures.ReplicaWrites;

/**
 * The writes to one read model's sources, counted in collection {@code replica_writes}:
 * one document per model, {@code _id} its name, found by {@code _id} on both engines.
 * Each write takes the next number with one atomic {@code $inc}; this replica remembers
 * the numbers it took, so a number it did not take is another replica's write.
 */
public final class MongoReplicaWrites implements ReplicaWrites {

	static final String COLLECTION = "replica_writes";

	private final MongoCollection<Document> counts;

	private final String model;

	private final ConcurrentSkipListSet<Long> own = new ConcurrentSkipListSet<>();

	/**
	 * @param model the read model whose sources' writes are counted, for example
	 * {@code "held-attendance"}
	 */
	public MongoReplicaWrites(MongoDatabase database, String model) {
		this.counts = database.getCollection(COLLECTION);
		this.model = model;
	}

	@Override
	public void count() {
		Document counted = this.counts.findOneAndUpdate(Filters.eq("_id", this.model), Updates.inc("writes", 1L),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		this.own.add(writes(counted));
	}

	@Override
	public Count read(long since) {
		long writes = writes(this.counts.find(Filters.eq("_id", this.model)).first());
		this.own.headSet(since, true).clear();
		for (long write = since + 1; write <= writes; write++) {
			if (!this.own.contains(write)) {
				return new Count(writes, false);
			}
		}
		return new Count(writes, true);
	}

	private static long writes(Document counted) {
		return (counted == null) ? 0 : ((Number) counted.get("writes")).longValue();
	}

}
