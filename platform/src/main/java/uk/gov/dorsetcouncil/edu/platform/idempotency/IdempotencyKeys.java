package uk.gov.dorsetcouncil.edu.platform.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.platform.mongo.InsertOnce;
import uk.gov.dorsetcouncil.edu.platform.mongo.VersionedWrites;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Requests made with an {@code Idempotency-Key}, one document per caller organisation and
 * key ({@code _id}), in collection {@code idempotency_keys}: the first request claims the
 * key, runs, and stores its answer; a retry of the same request gets that answer again;
 * the same key with another request is refused. Only one request with a key runs at a
 * time: a second one while the first runs is told so (409, try again), not made to wait.
 * Keys expire ({@link IdempotencySettings#keep()}): on MongoDB by a TTL index, on the
 * embedded engine (which has none) by the check on every read and a periodic
 * {@link #sweep}.
 * <p>
 * Every write is single-document and version-checked ({@link VersionedWrites}), so the
 * claim, the answer and a take-over are safe with several replicas of a service and
 * without transactions.
 */
public final class IdempotencyKeys {

	public static final String COLLECTION = "idempotency_keys";

	/** The header, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
	public static final String HEADER = "Idempotency-Key";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

	private static final String RUNNING = "RUNNING";

	private static final String DONE = "DONE";

	private final MongoCollection<Document> keys;

	private final IdempotencySettings settings;

	private final Clock clock;

	public IdempotencyKeys(MongoDatabase database, IdempotencySettings settings, Clock clock) {
		this.keys = database.getCollection(COLLECTION);
		this.settings = settings;
		this.clock = clock;
		VersionedWrites.indexVersions(this.keys);
		// A real MongoDB deletes expired keys itself; the embedded engine keeps the index
		// declared and relies on the checks below.
		this.keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
	}

	/**
	 * Checks a key as sent: 1 to 200 printable ASCII characters without spaces.
	 * @throws ProblemException a 400 naming the header otherwise
	 */
	public static String checkKey(String key) {
		if (key == null || key.isEmpty() || key.length() > 200 || !key.matches("[\\x21-\\x7e]+")) {
			throw ProblemException.invalid(HEADER, "1 to 200 printable characters without spaces");
		}
		return key;
	}

	/**
	 * Claims a key for a request, or says why not.
	 * @param scope whose key it is: the caller's organisation (keys of different
	 * organisations never meet)
	 * @param key the key as sent ({@link #checkKey})
	 * @param fingerprint what the request was ({@link RequestFingerprint})
	 */
	public Begin begin(String scope, String key, String fingerprint) {
		Document id = new Document("scope", scope).append("key", key);
		// Each turn either ends or follows a write of someone else's that moved the key
		// on; a few turns settle any race.
		for (int turn = 0; turn < 5; turn++) {
			Instant now = this.clock.instant();
			if (InsertOnce.one(this.keys, running(id, fingerprint, now, now.plus(this.settings.keep()), 1))) {
				return new Begin.Started(new Claim(id, 1));
			}
			Document held = this.keys.find(Filters.eq("_id", id)).first();
			if (held == null) {
				continue;
			}
			long version = VersionedWrites.versionOf(held);
			boolean expired = !held.getDate("expiresAt").toInstant().isAfter(now);
			if (!expired && !fingerprint.equals(held.getString("fingerprint"))) {
				return new Begin.Mismatch();
			}
			boolean abandoned = RUNNING.equals(held.getString("state"))
					&& !held.getDate("leaseUntil").toInstant().isAfter(now);
			if (expired || abandoned) {
				// A request whose process died keeps its key's first expiry; an expired
				// key starts again.
				Instant expiresAt = expired ? now.plus(this.settings.keep()) : held.getDate("expiresAt").toInstant();
				Document fresh = running(id, fingerprint, now, expiresAt, version + 1);
				fresh.remove("_id");
				fresh.remove(VersionedWrites.VERSION);
				if (VersionedWrites.save(this.keys, id, fresh, version)) {
					return new Begin.Started(new Claim(id, version + 1));
				}
				continue;
			}
			if (RUNNING.equals(held.getString("state"))) {
				return new Begin.InProgress();
			}
			return new Begin.Replay(new StoredResponse(held.getInteger("status"), held.getString("contentType"),
					held.get("body", Binary.class).getData()));
		}
		return new Begin.InProgress();
	}

	/** Stores the answer of a claimed request, for its retries. */
	public void complete(Claim claim, StoredResponse response) {
		Document held = this.keys.find(Filters.eq("_id", claim.id())).first();
		if (held == null || VersionedWrites.versionOf(held) != claim.version()) {
			log.warn("idempotency key {} was taken over before its first request finished", claim.id());
			return;
		}
		held.put("state", DONE);
		held.put("status", response.status());
		held.put("contentType", response.contentType());
		held.put("body", new Binary(response.body()));
		held.remove("leaseUntil");
		if (!VersionedWrites.save(this.keys, claim.id(), held, claim.version())) {
			log.warn("idempotency key {} was taken over before its first request finished", claim.id());
		}
	}

	/**
	 * Gives a key back when its request was refused or failed: nothing was done, so a
	 * retry runs as a first request.
	 */
	public void release(Claim claim) {
		VersionedWrites.delete(this.keys, claim.id(), claim.version());
	}

	/**
	 * Deletes expired keys (the embedded engine has no TTL index; on MongoDB it finds
	 * none left).
	 * @return how many were deleted
	 */
	public long sweep() {
		return this.keys.deleteMany(Filters.lte("expiresAt", Date.from(this.clock.instant()))).getDeletedCount();
	}

	private Document running(Document id, String fingerprint, Instant now, Instant expiresAt, long version) {
		return new Document("_id", id).append("fingerprint", fingerprint)
			.append("state", RUNNING)
			.append("leaseUntil", Date.from(now.plus(this.settings.lease())))
			.append("expiresAt", Date.from(expiresAt))
			.append(VersionedWrites.VERSION, version);
	}

	/** A key held for one running request. */
	public record Claim(Document id, long version) {

	}

	/** What became of an attempt to claim a key. */
	public sealed interface Begin {

		/** The key is this request's: run it, then complete or release the claim. */
		record Started(Claim claim) implements Begin {
		}

		/** The same request was answered before: send this answer again. */
		record Replay(StoredResponse response) implements Begin {
		}

		/** The same key is held by a request still running. */
		record InProgress() implements Begin {
		}

		/** The key was used for a different request. */
		record Mismatch() implements Begin {
		}

	}

}
