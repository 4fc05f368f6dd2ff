package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

/**
 * Inserts into a growing collection of pupils on the durable H2 store with fsync (the
 * default), where the cost of the unique indexes shows: documents shaped as the
 * attendance service keeps its pupils, a UPN as {@code _id} and the unique index
 * {@code {_id, version}} of its versioned writes (ADR 0022). The collection is loaded by
 * {@code insertMany} of 1,000 documents up to each size (100,000 and 1,000,000 by
 * default); at each size, for the run's length, {@code insertMany} of 1,000 from one
 * writer and then {@code insertOne} from 16 writers. UPNs come in a scattered order (a
 * bijection of the document's number), as pupils of many schools arrive together, so each
 * insert lands in a different part of the indexes.
 */
final class PupilInsertBenchmark {

	private static final int BATCH = 1_000;

	private static final int WRITERS = 16;

	/** Multiplying by it modulo 10^9 scatters the numbers (it is prime to 10). */
	private static final long SCATTER = 761_838_257L;

	private static final long NINE_DIGITS = 1_000_000_000L;

	private static final String[] FAMILY_NAMES = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
			"Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts" };

	private static final String[] GIVEN_NAMES = { "Olivia", "Noah", "Amelia", "George", "Isla", "Arthur", "Ava",
			"Oliver", "Mia", "Leo", "Ivy", "Harry", "Lily", "Oscar", "Freya", "Muhammad" };

	private PupilInsertBenchmark() {
	}

	static void run(Duration length, long[] sizes) throws Exception {
		Path folder = Files.createTempDirectory("pupil-insert-bench");
		Path file = folder.resolve("bench.mv");
		DurableH2Backend backend = DurableH2Backend.open(file, true);
		MongoServer server = new MongoServer(backend);
		List<String> rows = new ArrayList<>();
		try (MongoClient client = MongoClients
			.create(server.bindAndGetConnectionString() + "/?maxPoolSize=" + (WRITERS + 4))) {
			MongoCollection<Document> pupils = client.getDatabase("bench").getCollection("pupils");
			pupils.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
			AtomicLong numbers = new AtomicLong();
			for (long size : sizes) {
				rows.add(print(load(pupils, numbers, size, backend, file)));
				rows.add(print(measure(pupils, numbers, 1, BATCH, length, backend, file)));
				rows.add(print(measure(pupils, numbers, WRITERS, 1, length, backend, file)));
			}
		}
		finally {
			server.shutdownNow();
			EmbeddedStoreBenchmark.deleteAll(folder);
		}
		System.out.println();
		System.out.println("| Pupils held | Write | Writers | Documents/s | Latency p50 / p99 (ms) | "
				+ "Writes per commit | File (MB) |");
		System.out.println("|---|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
	}

	/** Loads pupils by {@code insertMany} of 1,000 until {@code size} are held. */
	private static String load(MongoCollection<Document> pupils, AtomicLong numbers, long size,
			DurableH2Backend backend, Path file) throws Exception {
		long from = numbers.get();
		long commitsBefore = backend.commits().commits();
		long[] latencies = new long[(int) ((size - from + BATCH - 1) / BATCH)];
		int writes = 0;
		long began = System.nanoTime();
		while (numbers.get() < size) {
			int count = (int) Math.min(BATCH, size - numbers.get());
			List<Document> batch = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				batch.add(pupil(numbers.getAndIncrement()));
			}
			long write = System.nanoTime();
			pupils.insertMany(batch);
			latencies[writes++] = (System.nanoTime() - write) / 1000;
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		Arrays.sort(latencies);
		return row(String.format("%,d to %,d", from, size), "insertMany of " + BATCH + " (load)", 1,
				(size - from) / seconds, latencies, writes, backend.commits().commits() - commitsBefore, file);
	}

	/** Writes for {@code length} from {@code writers} writers at once. */
	private static String measure(MongoCollection<Document> pupils, AtomicLong numbers, int writers, int documents,
			Duration length, DurableH2Backend backend, Path file) throws Exception {
		long from = numbers.get();
		long commitsBefore = backend.commits().commits();
		EmbeddedStoreBenchmark.Writes writes = EmbeddedStoreBenchmark.Writer.together(pupils,
				PupilInsertBenchmark::pupil, writers, documents, numbers, length);
		String write = (documents == 1) ? "insertOne" : "insertMany of " + documents;
		return row(String.format("%,d", from), write, writers, (numbers.get() - from) / writes.seconds(),
				writes.latenciesMicros(), writes.latenciesMicros().length, backend.commits().commits() - commitsBefore,
				file);
	}

	private static String row(String held, String write, int writers, double documentsPerSecond, long[] sorted,
			long writes, long commits, Path file) throws Exception {
		return String.format("| %s | %s | %d | %,.0f | %.2f / %.2f | %.1f | %.1f |", held, write, writers,
				documentsPerSecond, EmbeddedStoreBenchmark.percentile(sorted, 50) / 1000.0,
				EmbeddedStoreBenchmark.percentile(sorted, 99) / 1000.0, (double) writes / Math.max(1, commits),
				Files.size(file) / 1_048_576.0);
	}

	private static String print(String row) {
		System.out.println(row);
		return row;
	}

	/**
	 * Pupil number {@code n}, as the attendance service's {@code MongoPupilRecords}
	 * stores a pupil: a UPN of LA code 838 as {@code _id}, version 1.
	 */
	static Document pupil(long n) {
		long scattered = Math.floorMod(Math.multiplyExact(n, SCATTER), NINE_DIGITS);
		String last12 = "838" + String.format("%09d", scattered);
		int year = (int) (n % 14);
		LocalDate born = LocalDate.of(2019 - year, 9, 1).plusDays(n % 365);
		Document enrolment = new Document("urn", String.valueOf(113_000 + n % 300))
			.append("admissionDate", LocalDate.of(2024, 9, 4).toString())
			.append("leavingDate", null)
			.append("registration", "MAIN");
		Document characteristics = new Document("freeSchoolMeals", n % 4 == 0).append("senProvision", "NONE")
			.append("lookedAfter", false)
			.append("childInNeed", n % 50 == 0)
			.append("childProtectionPlan", false)
			.append("everSocialWorker", n % 20 == 0)
			.append("ethnicity", "WBRI")
			.append("youngCarer", false);
		return new Document("_id", Upn.withCheckLetter(last12).value())
			.append("familyName", FAMILY_NAMES[(int) (n % FAMILY_NAMES.length)])
			.append("givenName", GIVEN_NAMES[(int) (n / FAMILY_NAMES.length % GIVEN_NAMES.length)])
			.append("dateOfBirth", born.toString())
			.append("yearGroup", year)
			.append("sex", (n % 2 == 0) ? "F" : "M")
			.append("enrolments", List.of(enrolment))
			.append("characteristics", characteristics)
			.append("version", 1L);
	}

}
