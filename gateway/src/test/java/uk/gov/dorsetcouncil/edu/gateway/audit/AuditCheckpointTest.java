package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed checkpoints (ADR 0035): a verification starts each chain at its last signed
 * checkpoint, so it reads what came after rather than the whole log, and still finds any
 * change, removal or reordering after it; a full verification finds them before it too,
 * and finds a chain rewritten and re-hashed from a point, which links as well as the
 * original. A checkpoint whose signature does not hold is never a place to start.
 */
class AuditCheckpointTest {

	static final String CHAIN = "gateway-checkpoints";

	static final int INTERVAL = 10;

	static final CheckpointKey KEY = new CheckpointKey("k".repeat(32).getBytes(StandardCharsets.US_ASCII));

	private AuditStores stores;

	private MongoAuditStore store;

	private MongoCollection<Document> records;

	private MongoCollection<Document> heads;

	private MongoCollection<Document> checkpoints;

	private final List<AuditRecord> written = new ArrayList<>();

	@AfterEach
	void stop() {
		if (this.stores != null) {
			this.stores.close();
		}
	}

	@Test
	void eachVerificationReadsFromTheLastCheckpointAnIntactChainEarned() {
		start(25);
		assertThat(verify(false)).as("first: no checkpoint yet").satisfies(chain -> {
			assertThat(chain.intact()).isTrue();
			assertThat(chain.from()).isEqualTo(1);
			assertThat(chain.checked()).isEqualTo(25);
		});
		assertThat(signedPlaces()).containsExactly(0L, 10L, 20L);
		assertThat(verify(false)).isEqualTo(new ChainVerification(CHAIN, true, 6, 25L, 0, null, "", 20));
		append(10);
		assertThat(verify(false)).isEqualTo(new ChainVerification(CHAIN, true, 16, 35L, 0, null, "", 20));
		assertThat(verify(false)).isEqualTo(new ChainVerification(CHAIN, true, 6, 35L, 0, null, "", 30));
		assertThat(verify(true)).isEqualTo(new ChainVerification(CHAIN, true, 35, 35L, 0, null, "", 1));
		assertThat(signedPlaces()).containsExactly(0L, 10L, 20L, 30L);
	}

	@Test
	void checkpointsSignedWithAnotherKeyAreNotUsed() {
		start(25);
		verify(false);
		AuditLog other = new AuditLog(this.store, new AuditWriter(CHAIN, this.store, 1, 1),
				new CheckpointKey("o".repeat(32).getBytes(StandardCharsets.US_ASCII)), INTERVAL);
		assertThat(other.verify(false).chains()).singleElement()
			.isEqualTo(new ChainVerification(CHAIN, true, 25, 25L, 0, null, "", 1));
	}

	/**
	 * Each tampering, made after a verification signed checkpoints 0, 10 and 20 of 25
	 * records, and the first broken link a verification from the last checkpoint and a
	 * full one report (null: intact), with where the first started.
	 */
	static Stream<Arguments> tampering() {
		return Stream.of(
				Arguments.of("a field of record 23, after the last checkpoint",
						(Consumer<AuditCheckpointTest>) t -> t.change(23), 23L, 23L, 20L),
				Arguments.of("a field of record 5, before it", (Consumer<AuditCheckpointTest>) t -> t.change(5), null,
						5L, 20L),
				Arguments.of("a field of record 20, the one the checkpoint vouches for",
						(Consumer<AuditCheckpointTest>) t -> t.change(20), 20L, 20L, 20L),
				Arguments.of("record 22 removed", (Consumer<AuditCheckpointTest>) t -> t.remove(22), 22L, 22L, 20L),
				Arguments.of("record 20 removed", (Consumer<AuditCheckpointTest>) t -> t.remove(20), 20L, 20L, 20L),
				Arguments.of("records 21 and 22 swapped", (Consumer<AuditCheckpointTest>) t -> t.swap(21, 22), 21L, 21L,
						20L),
				Arguments.of("records 3 and 4 swapped", (Consumer<AuditCheckpointTest>) t -> t.swap(3, 4), null, 3L,
						20L),
				Arguments.of("the chain rewritten and re-hashed from record 5, its head moved to fit",
						(Consumer<AuditCheckpointTest>) t -> t.rewriteFrom(5), 20L, 10L, 20L),
				// What no checkpoint vouches for yet, with the head that ends it, can be
				// rewritten whole, as the whole log could be before checkpoints (ADR
				// 0035).
				Arguments.of("the chain rewritten and re-hashed from record 21, its head moved to fit",
						(Consumer<AuditCheckpointTest>) t -> t.rewriteFrom(21), null, null, 20L),
				Arguments.of("the end cut off after record 18 and the head moved back to it",
						(Consumer<AuditCheckpointTest>) t -> t.cutAfter(18), 19L, 19L, 20L),
				Arguments.of("the end cut off after record 22 and the head moved back to it",
						(Consumer<AuditCheckpointTest>) t -> t.cutAfter(22), null, null, 20L),
				Arguments.of("the head removed",
						(Consumer<AuditCheckpointTest>) t -> t.heads.deleteMany(new Document()), 26L, 26L, 20L),
				Arguments.of("checkpoint 20 made to vouch for another hash",
						(Consumer<AuditCheckpointTest>) t -> t.checkpoints.updateOne(Filters.eq("sequence", 20L),
								Updates.set("hash", t.written.get(18).hash())),
						null, null, 10L),
				Arguments.of("checkpoint 20 removed",
						(Consumer<AuditCheckpointTest>) t -> t.checkpoints.deleteOne(Filters.eq("sequence", 20L)), null,
						null, 10L),
				Arguments.of("a checkpoint past the head added without the key",
						(Consumer<AuditCheckpointTest>) t -> t.checkpoints
							.insertOne(new Document("_id", MongoAuditStore.key(CHAIN, 30)).append("chain", CHAIN)
								.append("sequence", 30L)
								.append("hash", HashChain.GENESIS)
								.append("signature", "00".repeat(32))),
						null, null, 20L));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("tampering")
	void tamperingAfterACheckpointIsFoundAndBeforeItByAFullVerification(String what,
			Consumer<AuditCheckpointTest> tamper, Long fromCheckpoint, Long full, long from) {
		start(25);
		assertThat(verify(false).intact()).isTrue();
		assertThat(signedPlaces()).containsExactly(0L, 10L, 20L);
		tamper.accept(this);
		ChainVerification incremental = verify(false);
		assertThat(incremental.firstBroken()).as(incremental.problem()).isEqualTo(fromCheckpoint);
		assertThat(incremental.intact()).isEqualTo(fromCheckpoint == null);
		assertThat(incremental.from()).isEqualTo(from);
		ChainVerification whole = verify(true);
		assertThat(whole.firstBroken()).as(whole.problem()).isEqualTo(full);
		assertThat(whole.from()).isEqualTo(1);
	}

	@Test
	void theProblemSaysWhichCheckpointARecordOrTheHeadContradicts() {
		start(25);
		verify(false);
		rewriteFrom(5);
		assertThat(verify(true).problem()).isEqualTo("record 10 is not the record checkpoint 10 was signed for");
		this.stores.close();
		start(25);
		verify(false);
		cutAfter(18);
		assertThat(verify(false).problem())
			.isEqualTo("the head names record 18 but checkpoint 20 was signed for a record after it");
	}

	/** Each part a signature covers, changed, and a signature that is not one. */
	@ParameterizedTest
	@ValueSource(strings = { "chain", "sequence", "hash", "signature", "not hex", "missing" })
	void aCheckpointChangedInAnyPartNoLongerVerifies(String part) {
		Checkpoint signed = KEY.sign(CHAIN, 20, HashChain.GENESIS);
		assertThat(KEY.signed(signed)).isTrue();
		Checkpoint changed = switch (part) {
			case "chain" -> new Checkpoint(CHAIN + "x", 20, signed.hash(), signed.signature());
			case "sequence" -> new Checkpoint(CHAIN, 21, signed.hash(), signed.signature());
			case "hash" -> new Checkpoint(CHAIN, 20, "1" + signed.hash().substring(1), signed.signature());
			case "signature" -> new Checkpoint(CHAIN, 20, signed.hash(),
					(signed.signature().charAt(0) == '0' ? "1" : "0") + signed.signature().substring(1));
			case "not hex" -> new Checkpoint(CHAIN, 20, signed.hash(), "zz");
			default -> new Checkpoint(CHAIN, 20, signed.hash(), null);
		};
		assertThat(KEY.signed(changed)).isFalse();
		assertThat(new CheckpointKey("o".repeat(32).getBytes(StandardCharsets.US_ASCII)).signed(signed)).isFalse();
	}

	@Test
	void aKeyShorterThanTheHashIsRefused() {
		byte[] key = new byte[31];
		Arrays.fill(key, (byte) 7);
		assertThatThrownBy(() -> new CheckpointKey(key)).hasMessage("a checkpoint key is at least 32 bytes");
	}

	private void start(int length) {
		this.stores = AuditStores.start("memory");
		this.store = this.stores.store();
		this.records = this.stores.database().getCollection(MongoAuditStore.RECORDS);
		this.heads = this.stores.database().getCollection(MongoAuditStore.CHAINS);
		this.checkpoints = this.stores.database().getCollection(MongoAuditStore.CHECKPOINTS);
		this.written.clear();
		this.store.register(CHAIN);
		append(length);
		// As someone able to drop the unique index could change the records.
		this.records.dropIndexes();
	}

	private void append(int count) {
		List<AuditRecord> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long sequence = this.written.size() + 1;
			String previous = this.written.isEmpty() ? HashChain.GENESIS
					: this.written.get(this.written.size() - 1).hash();
			AuditRecord record = HashChain.link(CHAIN, sequence, entry("officer-" + sequence), previous);
			this.written.add(record);
			batch.add(record);
		}
		this.store.insert(batch);
		AuditRecord last = this.written.get(this.written.size() - 1);
		this.store.moveHead(CHAIN, last.sequence(), last.hash());
	}

	private ChainVerification verify(boolean full) {
		LogVerification verified = new AuditLog(this.store, new AuditWriter(CHAIN, this.store, 1, 1), KEY, INTERVAL)
			.verify(full);
		assertThat(verified.full()).isEqualTo(full);
		return verified.chains().stream().filter(chain -> chain.chain().equals(CHAIN)).findFirst().orElseThrow();
	}

	private List<Long> signedPlaces() {
		List<Long> places = new ArrayList<>();
		this.store.checkpoints(KEY::signed, false)
			.getOrDefault(CHAIN, List.of())
			.forEach(checkpoint -> places.add(checkpoint.sequence()));
		return places;
	}

	void change(long sequence) {
		this.records.updateOne(Filters.eq("_id", MongoAuditStore.key(CHAIN, sequence)),
				Updates.set("subject", "somebody-else"));
	}

	void remove(long sequence) {
		this.records.deleteOne(Filters.eq("_id", MongoAuditStore.key(CHAIN, sequence)));
	}

	/** Two records' contents swapped, each renumbered to fit its new place. */
	void swap(long a, long b) {
		Document first = this.records.find(Filters.eq("_id", MongoAuditStore.key(CHAIN, a))).first();
		Document second = this.records.find(Filters.eq("_id", MongoAuditStore.key(CHAIN, b))).first();
		this.records.replaceOne(Filters.eq("_id", first.get("_id")),
				new Document(second).append("_id", first.get("_id")).append("sequence", a));
		this.records.replaceOne(Filters.eq("_id", second.get("_id")),
				new Document(first).append("_id", second.get("_id")).append("sequence", b));
	}

	/**
	 * Every record from {@code sequence} on replaced by another, each linked to the one
	 * before and hashed again, and the head moved to the new end: as someone with the
	 * database but not the checkpoint key could.
	 */
	void rewriteFrom(long sequence) {
		this.records.deleteMany(Filters.gte("sequence", sequence));
		List<AuditRecord> rewritten = new ArrayList<>();
		String previous = this.written.get((int) sequence - 2).hash();
		for (long at = sequence; at <= this.written.size(); at++) {
			AuditRecord record = HashChain.link(CHAIN, at, entry("rewritten-" + at), previous);
			rewritten.add(record);
			previous = record.hash();
		}
		this.store.insert(rewritten);
		this.heads.updateOne(Filters.eq("_id", CHAIN), Updates.set("hash", previous));
	}

	/** The records after {@code sequence} removed and the head moved back to it. */
	void cutAfter(long sequence) {
		this.records.deleteMany(Filters.gt("sequence", sequence));
		this.heads.updateOne(Filters.eq("_id", CHAIN), Updates.combine(Updates.set("sequence", sequence),
				Updates.set("hash", this.written.get((int) sequence - 1).hash())));
	}

	static AuditEntry entry(String subject) {
		return new AuditEntry(Instant.parse("2026-12-07T09:00:00Z"), subject, "client", "LOCAL_AUTHORITY:838",
				List.of("LA_INCLUSION_OFFICER"), "GET /api/v1/children/{upn}/profile", List.of("A838200125001"),
				List.of("991001"), List.of("ATTENDANCE"), "", "", Outcome.RELEASED, "");
	}

}
