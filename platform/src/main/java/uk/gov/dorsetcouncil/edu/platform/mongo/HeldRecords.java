package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The records of one collection held decoded in memory, one per child (ADR 0043): read
 * whole from the collection at start ({@link #reload}) and replaced by each write its
 * store acknowledges ({@link #written}), so that county-wide reads (belonging's rates and
 * AP alerts, SEND's queues and SEN2 measures) decode no document per read. The collection
 * stays the only record of anything; this is a copy rebuilt from it at every start.
 * <p>
 * Several replicas of the service share one store, so every write is also counted in
 * {@code replica_writes} (one document per collection, one atomic {@code $inc}), as
 * attendance's read models are (ADR 0025): before it answers ({@link #forEach}), a
 * replica that finds a counted write it did not make reads the collection again.
 *
 * @param <R> a child's record, immutable
 */
public final class HeldRecords<R> {

	public static final String WRITES = "replica_writes";

	/** By UPN, so that every read walks the children in one order. */
	private volatile Map<String, R> held = new ConcurrentSkipListMap<>();

	private final MongoCollection<Document> collection;

	private final MongoCollection<Document> writes;

	private final Function<Document, R> decode;

	private final Function<R, String> upn;

	private final ToLongFunction<R> version;

	/** The numbers this replica's writes took. */
	private final ConcurrentSkipListSet<Long> own = new ConcurrentSkipListSet<>();

	/** The last counted write the held copy is known to include. */
	private long applied;

	/**
	 * @param decode a stored document as the record the store's reads give
	 * @param upn the child's UPN, the document's {@code _id}
	 * @param version the record's stored version
	 */
	public HeldRecords(MongoDatabase database, MongoCollection<Document> collection, Function<Document, R> decode,
			Function<R, String> upn, ToLongFunction<R> version) {
		this.collection = collection;
		this.writes = database.getCollection(WRITES);
		this.decode = decode;
		this.upn = upn;
		this.version = version;
		reload();
	}

	/**
	 * Reads the collection again: at start, after another replica wrote, and after the
	 * collection was changed other than through its store (tests that empty it). The
	 * count is read first, so a write counted during the read is looked at again.
	 */
	public synchronized void reload() {
		long counted = counted();
		Map<String, R> read = new ConcurrentSkipListMap<>();
		this.collection.find().batchSize(2000).forEach(document -> hold(read, this.decode.apply(document)));
		this.held = read;
		this.applied = counted;
		this.own.headSet(counted, true).clear();
	}

	/** The record as stored by a write this replica made and the store acknowledged. */
	public void written(R record) {
		synchronized (this) {
			// not into a copy a reload is about to replace
			hold(this.held, record);
		}
		Document count = this.writes.findOneAndUpdate(
				Filters.eq("_id", this.collection.getNamespace().getCollectionName()), Updates.inc("writes", 1L),
				new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
		this.own.add(writes(count));
	}

	/** Every record held, after catching up with other replicas' writes. */
	public void forEach(Consumer<R> action) {
		current();
		this.held.values().forEach(action);
	}

	private synchronized void current() {
		long counted = counted();
		for (long write = this.applied + 1; write <= counted; write++) {
			if (!this.own.contains(write)) {
				reload();
				return;
			}
		}
		this.applied = counted;
		this.own.headSet(counted, true).clear();
	}

	/**
	 * The later version is kept: two writes of one child acknowledged close together may
	 * arrive here in either order.
	 */
	private void hold(Map<String, R> into, R record) {
		into.merge(this.upn.apply(record), record, (before,
				after) -> (this.version.applyAsLong(after) >= this.version.applyAsLong(before)) ? after : before);
	}

	private long counted() {
		return writes(this.writes.find(Filters.eq("_id", this.collection.getNamespace().getCollectionName())).first());
	}

	private static long writes(Document count) {
		return (count == null) ? 0 : ((Number) count.get("writes")).longValue();
	}

}
