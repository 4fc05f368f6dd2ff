package uk.gov.dorsetcouncil.edu.gateway.audit.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
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
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditRecord;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.ChainHead;
import uk.gov.dorsetcouncil.edu.gateway.audit.HashChain;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogCheck;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * The audit log in the gateway's database (ADR 0015): {@code audit_records}, one document
 * per record, keyed {@code <chain>:<sequence>} so that no two writers can hold the same
 * place and lookups go by {@code _id} (the only index the embedded engine always has),
 * with the canonical bytes it was hashed as (BSON binary); and {@code audit_chains}, one
 * head per chain ({@code _id} = the chain). Nothing here updates or deletes a record;
 * production gives the gateway's database user insert and find only on the records
 * (docs/security.md).
 */
public class MongoAuditStore implements AuditStore {

	public static final String RECORDS = "audit_records";

	public static final String CHAINS = "audit_chains";

	/**
	 * Records read in one reply when verifying: the embedded engine answers a query
	 * without a batch size in one reply, which past about 20,000 records exceeds the wire
	 * protocol's 48 MB.
	 */
	private static final int VERIFY_BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(MongoAuditStore.class);

	private final MongoCollection<Document> records;

	private final MongoCollection<Document> chains;

	public MongoAuditStore(MongoDatabase database) {
		this.records = database.getCollection(RECORDS);
		this.chains = database.getCollection(CHAINS);
		// A real MongoDB walks a chain in order by this index (verification) and refuses
		// a second record at one place by it as well as by _id.
		this.records.createIndex(Indexes.ascending("chain", "sequence"), new IndexOptions().unique(true));
		// Searches, newest first, a real MongoDB needs to answer without scanning.
		this.records.createIndex(Indexes.descending("atNanos"));
		this.records.createIndex(Indexes.compoundIndex(Indexes.ascending("children"), Indexes.descending("atNanos")));
		this.records.createIndex(Indexes.compoundIndex(Indexes.ascending("schools"), Indexes.descending("atNanos")));
		this.records.createIndex(Indexes.compoundIndex(Indexes.ascending("subject"), Indexes.descending("atNanos")));
	}

	/**
	 * A record's key: its chain and its sequence number, padded so keys sort in order.
	 */
	public static String key(String chain, long sequence) {
		String number = Long.toString(sequence);
		return chain + ":" + "0".repeat(Math.max(0, 12 - number.length())) + number;
	}

	@Override
	public ChainHead head(String chain) {
		Document head = this.chains.find(Filters.eq("_id", chain)).first();
		return (head != null) ? head(head) : null;
	}

	@Override
	public void register(String chain) {
		try {
			this.chains.insertOne(new Document("_id", chain).append("sequence", 0L).append("hash", HashChain.GENESIS));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	@Override
	public String hashOf(String chain, long sequence) {
		Document record = this.records.find(Filters.eq("_id", key(chain, sequence)))
			.projection(Projections.include("hash"))
			.first();
		return (record != null) ? record.getString("hash") : null;
	}

	@Override
	public void insert(List<AuditRecord> batch) {
		List<Document> documents = new ArrayList<>(batch.size());
		batch.forEach(record -> documents.add(document(record)));
		try {
			this.records.insertMany(documents, new InsertManyOptions().ordered(true));
		}
		catch (MongoBulkWriteException ex) {
			BulkWriteError first = ex.getWriteErrors()
				.stream()
				.min(Comparator.comparingInt(BulkWriteError::getIndex))
				.orElseThrow(() -> ex);
			if (first.getCategory() == ErrorCategory.DUPLICATE_KEY) {
				throw new SequenceTaken(first.getIndex(), ex);
			}
			throw ex;
		}
	}

	@Override
	public void moveHead(String chain, long sequence, String hash) {
		try {
			// Only forwards: with a head further on already, the filter matches nothing
			// and
			// the upsert's insert meets the existing _id.
			this.chains.updateOne(Filters.and(Filters.eq("_id", chain), Filters.lt("sequence", sequence)),
					Updates.combine(Updates.set("sequence", sequence), Updates.set("hash", hash)),
					new UpdateOptions().upsert(true));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	/** Every chain's head. */
	public Map<String, ChainHead> heads() {
		Map<String, ChainHead> heads = new HashMap<>();
		for (Document head : this.chains.find()) {
			if (head.get("_id") instanceof String chain) {
				ChainHead held = head(head);
				if (held != null) {
					heads.put(chain, held);
				}
			}
		}
		return heads;
	}

	/** Feeds every record, each chain in sequence order, to the check. */
	public void eachRecord(LogCheck check) {
		try (MongoCursor<Document> cursor = this.records.find()
			.sort(Sorts.ascending("chain", "sequence"))
			.batchSize(VERIFY_BATCH)
			.iterator()) {
			while (cursor.hasNext()) {
				Document document = cursor.next();
				try {
					check.next(record(document));
				}
				catch (Unreadable ex) {
					check.unreadable(chainOf(document), String.valueOf(document.get("_id")), ex.getMessage());
				}
			}
		}
	}

	/**
	 * One page of the records matching every criterion given (null ones ignored), newest
	 * first, with how many match in all.
	 */
	public Page<AuditRecord> search(AuditLog.Criteria criteria, PageRequest page) {
		List<Bson> filters = new ArrayList<>();
		if (criteria.child() != null) {
			filters.add(Filters.eq("children", criteria.child()));
		}
		if (criteria.school() != null) {
			filters.add(Filters.eq("schools", criteria.school()));
		}
		if (criteria.subject() != null) {
			filters.add(Filters.eq("subject", criteria.subject()));
		}
		if (criteria.client() != null) {
			filters.add(Filters.eq("client", criteria.client()));
		}
		if (criteria.organisation() != null) {
			filters.add(Filters.eq("organisation", criteria.organisation()));
		}
		if (criteria.outcome() != null) {
			filters.add(Filters.eq("outcome", criteria.outcome().name()));
		}
		if (criteria.from() != null) {
			filters.add(Filters.gte("atNanos", nanos(criteria.from())));
		}
		if (criteria.to() != null) {
			filters.add(Filters.lt("atNanos", nanos(criteria.to())));
		}
		Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
		List<AuditRecord> found = new ArrayList<>();
		// The offset is at most PageRequest.MAX_OFFSET: an int.
		for (Document document : this.records.find(filter)
			.sort(Sorts.descending("atNanos", "sequence"))
			.skip((int) page.offset())
			.limit(page.size())) {
			try {
				found.add(record(document));
			}
			catch (Unreadable ex) {
				log.warn("audit record {} cannot be read ({}); GET /api/v1/audit/verify tells where the log is broken",
						document.get("_id"), ex.getMessage());
			}
		}
		return Page.of(found, page, this.records.countDocuments(filter));
	}

	/**
	 * An instant as nanoseconds since 1970, the order searches answer in (records of
	 * different replicas can be a few microseconds apart); beyond what a long holds
	 * (before 1678 or after 2262) it stands at the nearest end, so a search may name any
	 * instant.
	 */
	static long nanos(Instant at) {
		try {
			return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
		}
		catch (ArithmeticException ex) {
			return (at.getEpochSecond() < 0) ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
	}

	static Document document(AuditRecord record) {
		AuditEntry entry = record.entry();
		return new Document("_id", key(record.chain(), record.sequence())).append("chain", record.chain())
			.append("sequence", record.sequence())
			.append("at", entry.at().toString())
			.append("atNanos", nanos(entry.at()))
			.append("subject", entry.subject())
			.append("client", entry.client())
			.append("organisation", entry.organisation())
			.append("roles", entry.roles())
			.append("action", entry.action())
			.append("children", entry.children())
			.append("schools", entry.schools())
			.append("fields", entry.fields())
			.append("purpose", entry.purpose())
			.append("agreement", entry.agreement())
			.append("outcome", entry.outcome().name())
			.append("reason", entry.reason())
			.append("previousHash", record.previousHash())
			.append("hash", record.hash())
			.append("canonical", new Binary(record.canonical()));
	}

	/**
	 * The record a document holds, read strictly: a field missing or of another type, or
	 * a key or time index that does not match the record, makes it unreadable (and so a
	 * broken link), never a record read some other way.
	 */
	static AuditRecord record(Document document) {
		String chain = text(document, "chain");
		long sequence = whole(document, "sequence");
		if (!key(chain, sequence).equals(document.get("_id"))) {
			throw new Unreadable(
					"its key " + document.get("_id") + " is not that of record " + sequence + " of chain " + chain);
		}
		Instant at;
		try {
			at = Instant.parse(text(document, "at"));
		}
		catch (DateTimeParseException ex) {
			throw new Unreadable("at is not an instant");
		}
		if (whole(document, "atNanos") != nanos(at)) {
			throw new Unreadable("its time index atNanos is not its time");
		}
		Outcome outcome;
		try {
			outcome = Outcome.valueOf(text(document, "outcome"));
		}
		catch (IllegalArgumentException ex) {
			throw new Unreadable("outcome is not an outcome");
		}
		AuditEntry entry;
		try {
			entry = new AuditEntry(at, text(document, "subject"), text(document, "client"),
					text(document, "organisation"), texts(document, "roles"), text(document, "action"),
					texts(document, "children"), texts(document, "schools"), texts(document, "fields"),
					text(document, "purpose"), text(document, "agreement"), outcome, text(document, "reason"));
		}
		catch (RuntimeException ex) {
			throw new Unreadable(ex.getMessage());
		}
		if (!(document.get("canonical") instanceof Binary canonical)) {
			throw new Unreadable("its canonical bytes are missing");
		}
		return new AuditRecord(chain, sequence, entry, text(document, "previousHash"), canonical.getData(),
				text(document, "hash"));
	}

	private static ChainHead head(Document head) {
		if (head.get("_id") instanceof String chain && head.get("sequence") instanceof Long sequence
				&& head.get("hash") instanceof String hash) {
			return new ChainHead(chain, sequence, hash);
		}
		return null;
	}

	/** The chain a stored record is in: by its key, which nothing can share. */
	private static String chainOf(Document document) {
		if (document.get("_id") instanceof String id && id.lastIndexOf(':') > 0) {
			return id.substring(0, id.lastIndexOf(':'));
		}
		return (document.get("chain") instanceof String chain) ? chain : "(unknown)";
	}

	private static String text(Document document, String field) {
		Object value = document.get(field);
		if (value instanceof String text) {
			return text;
		}
		throw new Unreadable(field + ((value == null) ? " is missing" : " is not text"));
	}

	private static long whole(Document document, String field) {
		Object value = document.get(field);
		if (value instanceof Long number) {
			return number;
		}
		throw new Unreadable(field + ((value == null) ? " is missing" : " is not a 64-bit whole number"));
	}

	private static List<String> texts(Document document, String field) {
		if (!(document.get(field) instanceof List<?> values)) {
			throw new Unreadable(field + " is missing or not a list");
		}
		List<String> texts = new ArrayList<>(values.size());
		for (Object value : values) {
			if (!(value instanceof String text)) {
				throw new Unreadable(field + " holds something other than text");
			}
			texts.add(text);
		}
		return texts;
	}

	/** A stored record that cannot be read as one. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String why) {
			super(why, null, false, false);
		}

	}

}
