package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group-commit writer on the embedded engine: many callers at once, each told once; a
 * failed write fails exactly its batch's callers; a full queue refuses; a restart and a
 * write cut short leave a chain that verifies.
 */
class AuditWriterTest {

	private static final String CHAIN = "gateway-test";

	private AuditStores stores;

	private final List<AuditWriter> writers = new ArrayList<>();

	@BeforeEach
	void store() {
		this.stores = AuditStores.start("memory");
	}

	@AfterEach
	void stop() {
		this.writers.forEach(AuditWriter::close);
		this.stores.close();
	}

	@Test
	void manyCallersAtOnceAreEachToldOnceAndShareWrites() throws Exception {
		AuditStores.Faulty store = new AuditStores.Faulty(this.stores.store());
		// The first write waits until 200 more are queued: they must then go in few
		// writes.
		store.gate = new CountDownLatch(1);
		AuditWriter writer = writer(CHAIN, store, 10_000, 500);
		CompletableFuture<AuditRecord> first = writer.submit(entry("first", 0));
		while (store.inserts.get() == 0) {
			Thread.onSpinWait();
		}
		List<CompletableFuture<AuditRecord>> queued = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			queued.add(writer.submit(entry("queued", i)));
		}
		store.gate.countDown();
		first.get(10, TimeUnit.SECONDS);
		for (CompletableFuture<AuditRecord> each : queued) {
			each.get(10, TimeUnit.SECONDS);
		}
		assertThat(store.largestBatch.get()).as("200 queued records go in one write").isEqualTo(200);
		assertThat(store.inserts.get()).isEqualTo(2);

		// Then 16 callers at once, each waiting for its record before asking again, as
		// request threads do.
		int callers = 16;
		int each = 250;
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		List<Future<List<AuditRecord>>> results = new ArrayList<>();
		for (int caller = 0; caller < callers; caller++) {
			String subject = "caller-" + caller;
			results.add(threads.submit(() -> {
				List<AuditRecord> mine = new ArrayList<>();
				for (int i = 0; i < each; i++) {
					mine.add(writer.submit(entry(subject, i)).get(30, TimeUnit.SECONDS));
				}
				return mine;
			}));
		}
		List<Long> sequences = new ArrayList<>();
		for (Future<List<AuditRecord>> result : results) {
			List<AuditRecord> mine = result.get(60, TimeUnit.SECONDS);
			for (int i = 0; i < mine.size(); i++) {
				assertThat(mine.get(i).entry().reason()).isEqualTo(Integer.toString(i));
				if (i > 0) {
					assertThat(mine.get(i).sequence()).as("a caller's records in the order it made them")
						.isGreaterThan(mine.get(i - 1).sequence());
				}
				sequences.add(mine.get(i).sequence());
			}
		}
		threads.shutdown();
		Collections.sort(sequences);
		assertThat(sequences).as("every append acknowledged once, each in its own place")
			.hasSize(callers * each)
			.doesNotHaveDuplicates()
			.startsWith(202L)
			.endsWith(201L + callers * each);
		assertThat(store.inserts.get()).as("writes carry several records").isLessThan(2 + callers * each);
		LogVerification verified = verify();
		assertThat(verified.intact()).as(verified.problem()).isTrue();
		assertThat(verified.chains()).singleElement()
			.isEqualTo(new ChainVerification(CHAIN, true, 201 + callers * each, 201L + callers * each, 0, null, ""));
		assertThat(this.stores.database().getCollection(MongoAuditStore.RECORDS).countDocuments())
			.isEqualTo(201 + callers * each);
	}

	@Test
	void aFailedWriteFailsExactlyItsBatchesCallersAndTheChainStillVerifies() throws Exception {
		AuditStores.Faulty store = new AuditStores.Faulty(this.stores.store());
		AuditWriter writer = writer(CHAIN, store, 10_000, 500);
		writer.submit(entry("before", 0)).get(10, TimeUnit.SECONDS);
		// The second write fails after two of its records reached the store, as a write
		// whose connection is lost part way does.
		store.gate = new CountDownLatch(1);
		store.failInsert = insert -> insert == 3;
		store.insertedBeforeFailing = 2;
		CompletableFuture<AuditRecord> held = writer.submit(entry("held", 0));
		while (store.inserts.get() < 2) {
			Thread.onSpinWait();
		}
		List<CompletableFuture<AuditRecord>> batch = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			batch.add(writer.submit(entry("failing", i)));
		}
		store.gate.countDown();
		held.get(10, TimeUnit.SECONDS);
		for (CompletableFuture<AuditRecord> each : batch) {
			assertThatThrownBy(() -> each.get(10, TimeUnit.SECONDS)).cause()
				.isInstanceOfSatisfying(ProblemException.class,
						problem -> assertThat(problem.problem()).isEqualTo(Problem.UNAVAILABLE));
		}
		assertThat(store.failedBatch).extracting(record -> record.entry().subject()).containsOnly("failing");
		assertThat(verify().chains()).singleElement()
			.as("the two records that reached the store link on from the head; nobody was told of them")
			.isEqualTo(new ChainVerification(CHAIN, true, 4, 2L, 2, null, ""));

		AuditRecord after = writer.submit(entry("after", 0)).get(10, TimeUnit.SECONDS);
		assertThat(after.sequence()).as("the chain carries on after the records left behind").isEqualTo(5);
		assertThat(verify()).satisfies(log -> {
			assertThat(log.intact()).isTrue();
			assertThat(log.chains().get(0).pastHead()).isZero();
			assertThat(log.checked()).isEqualTo(5);
		});
	}

	@Test
	void aFullQueueRefusesAtOnceWithA503() throws Exception {
		AuditStores.Faulty store = new AuditStores.Faulty(this.stores.store());
		store.gate = new CountDownLatch(1);
		AuditWriter writer = writer(CHAIN, store, 4, 1);
		CompletableFuture<AuditRecord> writing = writer.submit(entry("writing", 0));
		while (store.inserts.get() == 0) {
			Thread.onSpinWait();
		}
		List<CompletableFuture<AuditRecord>> waiting = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			waiting.add(writer.submit(entry("waiting", i)));
		}
		CompletableFuture<AuditRecord> refused = writer.submit(entry("refused", 0));
		assertThat(refused).isCompletedExceptionally();
		assertThatThrownBy(refused::join).isInstanceOf(CompletionException.class)
			.cause()
			.isInstanceOfSatisfying(ProblemException.class, problem -> {
				assertThat(problem.problem()).isEqualTo(Problem.UNAVAILABLE);
				assertThat(problem.getMessage()).isEqualTo("too many releases are waiting to be recorded");
			});
		store.gate.countDown();
		writing.get(10, TimeUnit.SECONDS);
		for (CompletableFuture<AuditRecord> each : waiting) {
			each.get(10, TimeUnit.SECONDS);
		}
		assertThat(verify().checked()).isEqualTo(5);
	}

	@Test
	void aReplicaStartedAgainCarriesOnItsChainAfterRecordsOfAWriteCutShort() throws Exception {
		MongoAuditStore store = this.stores.store();
		AuditWriter before = writer(CHAIN, store, 100, 10);
		AuditRecord last = null;
		for (int i = 0; i < 10; i++) {
			last = before.submit(entry("before", i)).get(10, TimeUnit.SECONDS);
		}
		before.close();
		// What a replica killed between its two writes leaves: records, and the head
		// behind.
		List<AuditRecord> cutShort = new ArrayList<>();
		for (int i = 11; i <= 13; i++) {
			last = HashChain.link(CHAIN, i, entry("cut-short", i), last.hash());
			cutShort.add(last);
		}
		store.insert(cutShort);
		assertThat(verify().chains()).singleElement()
			.isEqualTo(new ChainVerification(CHAIN, true, 13, 10L, 3, null, ""));

		AuditWriter again = writer(CHAIN, store, 100, 10);
		assertThat(again.submit(entry("again", 0)).get(10, TimeUnit.SECONDS).sequence()).isEqualTo(14);
		assertThat(verify().chains()).singleElement()
			.isEqualTo(new ChainVerification(CHAIN, true, 14, 14L, 0, null, ""));
	}

	@Test
	void aForgedRecordPastTheHeadIsReportedAndDoesNotStopTheReplica() throws Exception {
		MongoAuditStore store = this.stores.store();
		AuditWriter before = writer(CHAIN, store, 100, 10);
		before.submit(entry("before", 0)).get(10, TimeUnit.SECONDS);
		before.close();
		store.insert(List.of(HashChain.link(CHAIN, 2, entry("forged", 0), HashChain.GENESIS)));

		AuditWriter again = writer(CHAIN, store, 100, 10);
		assertThat(again.submit(entry("again", 0)).get(10, TimeUnit.SECONDS).sequence()).isEqualTo(3);
		assertThat(verify().chains()).singleElement()
			.isEqualTo(
					new ChainVerification(CHAIN, false, 1, 3L, 0, 2L, "record 2 does not follow the record before it"));
	}

	@Test
	void twoWritersGivenOneChainNeverForkIt() throws Exception {
		MongoAuditStore store = this.stores.store();
		List<AuditWriter> two = List.of(writer(CHAIN, store, 1000, 50), writer(CHAIN, store, 1000, 50));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		List<Future<List<AuditRecord>>> results = new ArrayList<>();
		for (int caller = 0; caller < 8; caller++) {
			AuditWriter writer = two.get(caller % 2);
			String subject = "caller-" + caller;
			results.add(threads.submit(() -> {
				List<AuditRecord> written = new ArrayList<>();
				for (int i = 0; i < 100; i++) {
					try {
						written.add(writer.submit(entry(subject, i)).get(30, TimeUnit.SECONDS));
					}
					catch (java.util.concurrent.ExecutionException refused) {
						// contended past its attempts: refused, and so not released
					}
				}
				return written;
			}));
		}
		Set<Long> acknowledged = new HashSet<>();
		for (Future<List<AuditRecord>> result : results) {
			result.get(60, TimeUnit.SECONDS)
				.forEach(record -> assertThat(acknowledged.add(record.sequence())).isTrue());
		}
		threads.shutdown();
		LogVerification verified = verify();
		assertThat(verified.intact()).as(verified.problem()).isTrue();
		assertThat(acknowledged).hasSizeGreaterThan(0);
		for (long sequence : acknowledged) {
			assertThat(this.stores.database()
				.getCollection(MongoAuditStore.RECORDS)
				.countDocuments(new Document("_id", MongoAuditStore.key(CHAIN, sequence)))).isEqualTo(1);
		}
		assertThat(verified.checked()).isEqualTo(acknowledged.size());
	}

	@Test
	void closingWritesWhatIsQueuedAndThenRefuses() throws Exception {
		AuditWriter writer = writer(CHAIN, this.stores.store(), 1000, 10);
		List<CompletableFuture<AuditRecord>> queued = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			queued.add(writer.submit(entry("queued", i)));
		}
		writer.close();
		for (CompletableFuture<AuditRecord> each : queued) {
			assertThat(each).isCompleted();
			each.get();
		}
		assertThatThrownBy(() -> writer.submit(entry("late", 0)).join()).cause()
			.isInstanceOfSatisfying(ProblemException.class,
					problem -> assertThat(problem.getMessage()).isEqualTo("the gateway is stopping"));
	}

	@Test
	void replicasWriteTheirOwnChainsEachFromItsStart() throws Exception {
		MongoAuditStore store = this.stores.store();
		AuditWriter a = writer("gateway-a", store, 100, 10);
		AuditWriter b = writer("gateway-b", store, 100, 10);
		assertThat(a.submit(entry("a", 0)).get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
		assertThat(b.submit(entry("b", 0)).get(10, TimeUnit.SECONDS).sequence()).isEqualTo(1);
		assertThat(a.submit(entry("a", 1)).get(10, TimeUnit.SECONDS).sequence()).isEqualTo(2);
		assertThat(verify().chains()).extracting(ChainVerification::chain, ChainVerification::checked)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("gateway-a", 2L),
					org.assertj.core.groups.Tuple.tuple("gateway-b", 1L));
	}

	private AuditWriter writer(String chain, AuditStore store, int capacity, int batchSize) {
		AuditWriter writer = new AuditWriter(chain, store, capacity, batchSize).start();
		this.writers.add(writer);
		return writer;
	}

	private LogVerification verify() {
		MongoAuditStore store = this.stores.store();
		return new AuditLog(store, new AuditWriter("reader", store, 1, 1)).verify();
	}

	static AuditEntry entry(String subject, int number) {
		return new AuditEntry(Instant.now(), subject, "client", "LOCAL_AUTHORITY:838", List.of("AUDITOR"),
				"GET /api/v1/attendance/pupils/A838200125001", List.of("A838200125001"), List.of(),
				List.of("ROUTED_ANSWER"), null, null, Outcome.RELEASED, Integer.toString(number));
	}

}
