package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import uk.gov.dorsetcouncil.edu.gateway.audit.domain.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.AuditRecord;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.HashChain;
import uk.gov.dorsetcouncil.edu.gateway.audit.domain.Outcome;

/**
 * The append-only audit log: records addressed by their sequence number ({@code _id}),
 * each holding the previous record's hash, plus a head document naming the last one.
 *
 * <p>
 * Appending is insert-only: the record with the next sequence number is inserted, and the
 * unique {@code _id} makes a second writer (another gateway replica) fail on the same
 * number and retry on the next, so the chain stays one line without transactions (the
 * embedded engine has none). If a writer stops between inserting and moving the head, the
 * next writer finds the number taken, moves the head over it and carries on. Nothing here
 * updates or deletes a record; production gives the gateway's database user insert and
 * find only on this collection (docs/security.md).
 */
public class AuditLog {

	private static final int RETRIES = 20;

	private static final String HEAD = "head";

	private final MongoCollection<Document> records;

	private final MongoCollection<Document> heads;

	public AuditLog(MongoDatabase database) {
		this.records = database.getCollection("audit_log");
		this.heads = database.getCollection("audit_head");
		// Searches a real MongoDB needs to answer without scanning.
		this.records.createIndex(Indexes.ascending("children"));
		this.records.createIndex(Indexes.ascending("schools"));
		this.records.createIndex(Indexes.ascending("subject"));
		completeInterruptedAppends();
	}

	/**
	 * A gateway killed between inserting a record and moving the head leaves the head
	 * behind the last record, and the log would verify as broken until the next append
	 * moved the head over it. At start-up the head is moved over every record that
	 * follows it and links to it, as that next append would; a record that does not link
	 * is left for verify to report.
	 */
	private void completeInterruptedAppends() {
		Document head = this.heads.find(Filters.eq("_id", HEAD)).first();
		long last = (head != null) ? head.getLong("sequence") : 0;
		String hash = (head != null) ? head.getString("hash") : HashChain.GENESIS;
		Document next = this.records.find(Filters.eq("_id", last + 1)).first();
		while (next != null && hash.equals(next.getString("previousHash"))) {
			last = next.getLong("_id");
			hash = next.getString("hash");
			moveHead(last, hash);
			next = this.records.find(Filters.eq("_id", last + 1)).first();
		}
	}

	/** Appends an entry and returns it as recorded. */
	public synchronized AuditRecord append(AuditEntry entry) {
		for (int attempt = 0; attempt < RETRIES; attempt++) {
			Document head = this.heads.find(Filters.eq("_id", HEAD)).first();
			long last = (head != null) ? head.getLong("sequence") : 0;
			String previous = (head != null) ? head.getString("hash") : HashChain.GENESIS;
			AuditRecord record = HashChain.link(last + 1, entry, previous);
			try {
				this.records.insertOne(document(record));
			}
			catch (MongoWriteException ex) {
				if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				Document taken = this.records.find(Filters.eq("_id", last + 1)).first();
				if (taken != null) {
					moveHead(taken.getLong("_id"), taken.getString("hash"));
				}
				continue;
			}
			moveHead(record.sequence(), record.hash());
			return record;
		}
		throw new IllegalStateException("could not append to the audit log after " + RETRIES + " attempts");
	}

	/** Recomputes the whole chain and reports the first broken link. */
	public HashChain.Verification verify() {
		Document head = this.heads.find(Filters.eq("_id", HEAD)).first();
		try (MongoCursor<Document> cursor = this.records.find().sort(Sorts.ascending("_id")).iterator()) {
			Iterable<AuditRecord> all = () -> new Iterator<>() {
				@Override
				public boolean hasNext() {
					return cursor.hasNext();
				}

				@Override
				public AuditRecord next() {
					if (!hasNext()) {
						throw new NoSuchElementException();
					}
					return record(cursor.next());
				}
			};
			return HashChain.verify(all, (head != null) ? head.getString("hash") : null);
		}
	}

	/** Records matching every given criterion (null ones ignored), newest first. */
	public List<AuditRecord> search(Criteria criteria, int page, int size) {
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
			filters.add(Filters.gte("atMillis", criteria.from().toEpochMilli()));
		}
		if (criteria.to() != null) {
			filters.add(Filters.lt("atMillis", criteria.to().toEpochMilli()));
		}
		List<AuditRecord> found = new ArrayList<>();
		this.records.find(filters.isEmpty() ? new Document() : Filters.and(filters))
			.sort(Sorts.descending("_id"))
			.skip(page * size)
			.limit(size)
			.forEach(document -> found.add(record(document)));
		return found;
	}

	private void moveHead(long sequence, String hash) {
		// Only forwards: a slower writer never moves the head back.
		Document current = this.heads.find(Filters.eq("_id", HEAD)).first();
		if (current == null || current.getLong("sequence") < sequence) {
			this.heads.replaceOne(Filters.eq("_id", HEAD),
					new Document("_id", HEAD).append("sequence", sequence).append("hash", hash),
					new ReplaceOptions().upsert(true));
		}
	}

	private static Document document(AuditRecord record) {
		AuditEntry entry = record.entry();
		return new Document("_id", record.sequence()).append("at", entry.at().toString())
			.append("atMillis", entry.at().toEpochMilli())
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
			.append("hash", record.hash());
	}

	private static AuditRecord record(Document document) {
		AuditEntry entry = new AuditEntry(Instant.parse(document.getString("at")), document.getString("subject"),
				document.getString("client"), document.getString("organisation"),
				document.getList("roles", String.class), document.getString("action"),
				document.getList("children", String.class), document.getList("schools", String.class),
				document.getList("fields", String.class), document.getString("purpose"),
				document.getString("agreement"), Outcome.valueOf(document.getString("outcome")),
				document.getString("reason"));
		return new AuditRecord(document.getLong("_id"), entry, document.getString("previousHash"),
				document.getString("hash"));
	}

	/** What to search the log for; null means any. */
	public record Criteria(String child, String school, String subject, String client, String organisation,
			Outcome outcome, Instant from, Instant to) {

	}

}
