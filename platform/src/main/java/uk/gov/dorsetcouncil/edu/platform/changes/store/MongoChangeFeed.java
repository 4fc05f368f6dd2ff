package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeBatch;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * A service's change feed in its own database (ADR 0023): collection {@code changes}, one
 * document per entry with the sequence as its {@code _id} and a unique index on the
 * change's id; collection {@code changes_state} holds where the feed ends (a hint) and
 * how far the retention has deleted.
 * <p>
 * <b>Sequences without transactions.</b> There is no counter. A sequence is taken by the
 * insert of its entry: {@code _id = n + 1} is written only by a publisher that has seen
 * entry {@code n} (it wrote it, or read it), and the unique {@code _id} lets only one
 * entry take each number. So the feed has no gaps, a crash cannot leave a number taken
 * without its entry, and an entry is never visible before the one below it. A publisher
 * that lost a number to another (another replica) reads on to the new end and tries the
 * next. The unique change id keeps a change that is published twice (a relay that crashed
 * after publishing, before clearing its pending list) to one entry.
 */
public final class MongoChangeFeed implements ChangeFeed {

	public static final String ENTRIES = "changes";

	public static final String STATE = "changes_state";

	/** Sequences read at once while looking for the end of the feed. */
	private static final int PROBE = 64;

	private final MongoCollection<Document> entries;

	private final MongoCollection<Document> state;

	private final Clock clock;

	/** The last sequence this publisher saw; the feed may have moved on since. */
	private long knownEnd;

	public MongoChangeFeed(MongoDatabase database, Clock clock) {
		this.entries = database.getCollection(ENTRIES);
		this.state = database.getCollection(STATE);
		this.clock = clock;
		this.entries.createIndex(Indexes.ascending("change.changeId"), new IndexOptions().unique(true));
	}

	/**
	 * Appends changes in the order given, each once: a change whose id is already in the
	 * feed is left where it is.
	 * @return the entries this call appended
	 */
	public synchronized List<ChangeEntry> publish(List<Change> changes) {
		List<ChangeEntry> published = new ArrayList<>();
		int next = 0;
		while (next < changes.size()) {
			long end = end();
			Date now = Date.from(this.clock.instant());
			List<Document> documents = new ArrayList<>();
			for (int i = next; i < changes.size(); i++) {
				documents.add(ChangeDocuments.entry(end + 1 + (i - next), changes.get(i), now));
			}
			int inserted;
			BulkWriteError failed = null;
			try {
				// Ordered: entry n + 1 is written only after entry n, and a failure stops
				// the rest, so no gap opens behind it.
				this.entries.insertMany(documents, new InsertManyOptions().ordered(true));
				inserted = documents.size();
			}
			catch (MongoBulkWriteException ex) {
				failed = ex.getWriteErrors().get(0);
				if (failed.getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				inserted = failed.getIndex();
			}
			for (int i = 0; i < inserted; i++) {
				published.add(ChangeDocuments.entry(documents.get(i)));
			}
			this.knownEnd = end + inserted;
			next += inserted;
			if (failed != null && alreadyPublished(changes.get(next))) {
				next++;
			}
		}
		if (!published.isEmpty()) {
			this.state.updateOne(Filters.eq("_id", "feed"),
					Updates.max("end", published.get(published.size() - 1).sequence()),
					new UpdateOptions().upsert(true));
		}
		return published;
	}

	@Override
	public ChangeBatch read(long after, int limit, Set<String> entityTypes, Predicate<Change> visible) {
		if (after < 0) {
			throw ProblemException.invalid("after", "sequences start at 1; a reader that applied none asks after 0");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ProblemException.invalid("limit", "1 to " + MAX_LIMIT + " entries a read, not " + limit);
		}
		long oldestAfter = prunedThrough();
		long latest = end();
		if (after < oldestAfter) {
			throw new ProblemException(Problem.GONE, "entries up to " + oldestAfter
					+ " are past the feed's retention and deleted; resynchronise from what is true now, then read after "
					+ latest);
		}
		if (after > latest) {
			throw new ProblemException(Problem.GONE, "the feed ends at " + latest + ", before " + after
					+ " (was its store restored?); resynchronise from what is true now, then read after " + latest);
		}
		long to = Math.min(latest, after + limit);
		List<ChangeEntry> read = new ArrayList<>();
		this.entries.find(Filters.in("_id", LongStream.rangeClosed(after + 1, to).boxed().toList()))
			.sort(Sorts.ascending("_id"))
			.forEach((document) -> read.add(ChangeDocuments.entry(document)));
		long nextAfter = after;
		List<ChangeEntry> shown = new ArrayList<>();
		for (ChangeEntry entry : read) {
			if (entry.sequence() != nextAfter + 1) {
				break;
			}
			nextAfter = entry.sequence();
			Change change = entry.change();
			if ((entityTypes.isEmpty() || entityTypes.contains(change.entityType())) && visible.test(change)) {
				shown.add(entry);
			}
		}
		if (nextAfter == after && to > after) {
			// The entries after the cursor went while we read: the retention took them.
			throw new ProblemException(Problem.GONE, "entries after " + after
					+ " were deleted by the feed's retention while read; resynchronise from what is true now");
		}
		return new ChangeBatch(shown, nextAfter, latest, Math.max(oldestAfter, prunedThrough()));
	}

	/** The last sequence in the feed; 0 when nothing was ever published. */
	public long end() {
		Document held = this.state.find(Filters.eq("_id", "feed")).first();
		long from = Math.max(this.knownEnd, (held == null) ? 0 : Math.max(number(held, "end"), number(held, "pruned")));
		while (true) {
			List<Long> probe = LongStream.rangeClosed(from + 1, from + PROBE).boxed().toList();
			List<Long> found = new ArrayList<>();
			this.entries.find(Filters.in("_id", probe))
				.projection(Projections.include("_id"))
				.forEach((document) -> found.add(((Number) document.get("_id")).longValue()));
			found.sort(null);
			long reached = from;
			for (long sequence : found) {
				if (sequence != reached + 1) {
					break;
				}
				reached = sequence;
			}
			if (reached < from + PROBE) {
				synchronized (this) {
					this.knownEnd = Math.max(this.knownEnd, reached);
				}
				return reached;
			}
			from = reached;
		}
	}

	/**
	 * Deletes the entries published before {@code cutoff}, oldest first, stopping at the
	 * first one published at or after it. Records how far it deleted before deleting, so
	 * that no reader is answered from a feed with its start missing.
	 * @return the sequence deleted through
	 */
	public long prune(Instant cutoff) {
		long through = prunedThrough();
		long end = end();
		boolean more = true;
		while (more && through < end) {
			List<Long> window = LongStream.rangeClosed(through + 1, Math.min(end, through + 500)).boxed().toList();
			List<Document> found = new ArrayList<>();
			this.entries.find(Filters.in("_id", window))
				.projection(Projections.include("_id", "publishedAt"))
				.sort(Sorts.ascending("_id"))
				.forEach(found::add);
			more = !found.isEmpty();
			for (Document entry : found) {
				long sequence = ((Number) entry.get("_id")).longValue();
				if (sequence != through + 1 || !entry.getDate("publishedAt").toInstant().isBefore(cutoff)) {
					more = false;
					break;
				}
				through = sequence;
			}
		}
		if (through > prunedThrough()) {
			this.state.updateOne(Filters.eq("_id", "feed"), Updates.max("pruned", through),
					new UpdateOptions().upsert(true));
			this.entries.deleteMany(Filters.lte("_id", through));
		}
		return through;
	}

	/** The last sequence the retention deleted; readers must be at or after it. */
	public long prunedThrough() {
		Document held = this.state.find(Filters.eq("_id", "feed")).first();
		return (held == null) ? 0 : number(held, "pruned");
	}

	private boolean alreadyPublished(Change change) {
		return this.entries.find(Filters.eq("change.changeId", change.id())).first() != null;
	}

	private static long number(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
