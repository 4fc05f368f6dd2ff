package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;

/**
 * Writes per second into the embedded H2 file store, over the MongoDB driver as a service
 * writes. Two suites:
 * <ul>
 * <li>{@code commits}: the stock backend (the MVStore commits in the background about
 * once a second, after the writes were answered) against the durable one (each write
 * answered once a group commit holds it, with and without fsync): single-document inserts
 * and small bulk inserts, from 1 and from 16 concurrent writers, into an empty collection
 * (ADR 0016);</li>
 * <li>{@code pupils}: {@link PupilInsertBenchmark}, inserts into a collection of pupils
 * that grows to 100,000 and then 1,000,000 documents (ADR 0022).</li>
 * </ul>
 * {@code ./mvnw -q -pl platform -Pbenchmark verify} (docs/benchmarks.md); not part of
 * {@code verify}. {@code -Dbench.seconds=} sets each run's length (default 10); the JVM's
 * {@code JAVA_TOOL_OPTIONS} can pass {@code -Dbench.suites=pupils} (default both) and
 * {@code -Dbench.pupils=100000,1000000} (the collection sizes).
 */
public final class EmbeddedStoreBenchmark {

	private static final int BULK = 50;

	private static final String PAYLOAD = "x".repeat(200);

	private enum Store {

		BACKGROUND_COMMIT("stock backend, background commit (before)"), GROUP_COMMIT("group commit, no fsync"),
		GROUP_COMMIT_FSYNC("group commit with fsync (default)");

		private final String label;

		Store(String label) {
			this.label = label;
		}

		MongoBackend open(Path file) {
			return switch (this) {
				case BACKGROUND_COMMIT -> new H2Backend(file.toString());
				case GROUP_COMMIT -> DurableH2Backend.open(file, false);
				case GROUP_COMMIT_FSYNC -> DurableH2Backend.open(file, true);
			};
		}

	}

	private record Result(Store store, int writers, int documentsPerWrite, long writes, double seconds,
			long[] latenciesMicros, long commits, long fileBytes) {

		String row() {
			long[] sorted = this.latenciesMicros;
			double writesPerSecond = this.writes / this.seconds;
			String perCommit = (this.commits > 0) ? String.format("%.1f", (double) this.writes / this.commits) : "-";
			return String.format("| %s | %d | %s | %,.0f | %,.0f | %.2f / %.2f | %s | %.1f |", this.store.label,
					this.writers,
					(this.documentsPerWrite == 1) ? "insertOne" : "insertMany of " + this.documentsPerWrite,
					writesPerSecond, writesPerSecond * this.documentsPerWrite, percentile(sorted, 50) / 1000.0,
					percentile(sorted, 99) / 1000.0, perCommit, this.fileBytes / 1_048_576.0);
		}

	}

	/** The {@code p}th percentile of values sorted ascending (0 when there are none). */
	static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private EmbeddedStoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Duration length = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
		System.out.printf("Embedded H2 store, %d s a run, %d cores, %s%n", length.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		List<String> suites = List.of(System.getProperty("bench.suites", "commits,pupils").split(","));
		if (suites.contains("commits")) {
			commits(length);
		}
		if (suites.contains("pupils")) {
			long[] sizes = Arrays.stream(System.getProperty("bench.pupils", "100000,1000000").split(","))
				.mapToLong(Long::parseLong)
				.toArray();
			PupilInsertBenchmark.run(length, sizes);
		}
	}

	/** Group commit against the stock backend's background commit (ADR 0016). */
	private static void commits(Duration length) throws Exception {
		List<Result> results = new ArrayList<>();
		for (int documents : new int[] { 1, BULK }) {
			for (int writers : new int[] { 1, 16 }) {
				for (Store store : Store.values()) {
					Result result = run(store, writers, documents, length);
					System.out.println(result.row());
					results.add(result);
				}
			}
		}
		System.out.println();
		System.out.println("| Store | Writers | Write | Writes/s | Documents/s | Latency p50 / p99 (ms) | "
				+ "Writes per commit | File (MB) |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		results.forEach(result -> System.out.println(result.row()));
	}

	private static Result run(Store store, int writers, int documents, Duration length) throws Exception {
		Path folder = Files.createTempDirectory("embedded-store-bench");
		Path file = folder.resolve("bench.mv");
		MongoBackend backend = store.open(file);
		MongoServer server = new MongoServer(backend);
		String uri = server.bindAndGetConnectionString();
		long commitsBefore = (backend instanceof DurableH2Backend durable) ? durable.commits().commits() : 0;
		AtomicLong ids = new AtomicLong();
		try (MongoClient client = MongoClients.create(uri + "/?maxPoolSize=" + (writers + 4))) {
			MongoCollection<Document> collection = client.getDatabase("bench").getCollection("documents");
			collection.insertOne(new Document("_id", "warm-up"));
			Writes writes = Writer.together(collection, EmbeddedStoreBenchmark::document, writers, documents, ids,
					length);
			long commits = (backend instanceof DurableH2Backend durable) ? durable.commits().commits() - commitsBefore
					: 0;
			server.shutdown();
			long bytes = Files.size(file);
			return new Result(store, writers, documents, writes.latenciesMicros().length, writes.seconds(),
					writes.latenciesMicros(), commits, bytes);
		}
		finally {
			server.shutdownNow();
			deleteAll(folder);
			TimeUnit.MILLISECONDS.sleep(500);
		}
	}

	/**
	 * What writers did together: each write's latency, sorted ascending, and the time.
	 */
	record Writes(long[] latenciesMicros, double seconds) {
	}

	/**
	 * One writer: writes until the deadline, timing each write; the documents are
	 * numbered from a counter shared by the writers.
	 */
	static final class Writer implements Runnable {

		private final MongoCollection<Document> collection;

		private final LongFunction<Document> documentNumbered;

		private final int documents;

		private final AtomicLong ids;

		private final CountDownLatch start;

		private final long deadline;

		private long[] latenciesMicros = new long[1024];

		private int writes;

		private Writer(MongoCollection<Document> collection, LongFunction<Document> documentNumbered, int documents,
				AtomicLong ids, CountDownLatch start, long deadline) {
			this.collection = collection;
			this.documentNumbered = documentNumbered;
			this.documents = documents;
			this.ids = ids;
			this.start = start;
			this.deadline = deadline;
		}

		@Override
		public void run() {
			try {
				this.start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			while (System.nanoTime() < this.deadline) {
				long began = System.nanoTime();
				if (this.documents == 1) {
					this.collection.insertOne(this.documentNumbered.apply(this.ids.getAndIncrement()));
				}
				else {
					List<Document> bulk = new ArrayList<>(this.documents);
					for (int d = 0; d < this.documents; d++) {
						bulk.add(this.documentNumbered.apply(this.ids.getAndIncrement()));
					}
					this.collection.insertMany(bulk);
				}
				if (this.writes == this.latenciesMicros.length) {
					this.latenciesMicros = Arrays.copyOf(this.latenciesMicros, 2 * this.writes);
				}
				this.latenciesMicros[this.writes++] = (System.nanoTime() - began) / 1000;
			}
		}

		/**
		 * Writes from {@code writers} writers at once for {@code length}.
		 * @param documents documents a write: 1 is {@code insertOne}, more an
		 * {@code insertMany}
		 */
		static Writes together(MongoCollection<Document> collection, LongFunction<Document> documentNumbered,
				int writers, int documents, AtomicLong ids, Duration length) throws InterruptedException {
			CountDownLatch start = new CountDownLatch(1);
			long deadline = System.nanoTime() + length.toNanos();
			List<Writer> all = new ArrayList<>();
			List<Thread> threads = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				Writer writer = new Writer(collection, documentNumbered, documents, ids, start, deadline);
				all.add(writer);
				threads.add(Thread.ofPlatform().start(writer));
			}
			long began = System.nanoTime();
			start.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			long[] latencies = all.stream()
				.flatMapToLong(writer -> Arrays.stream(writer.latenciesMicros, 0, writer.writes))
				.toArray();
			Arrays.sort(latencies);
			return new Writes(latencies, seconds);
		}

	}

	private static Document document(long id) {
		return new Document("_id", id).append("school", "113001").append("payload", PAYLOAD);
	}

	static void deleteAll(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
		}
	}

}
