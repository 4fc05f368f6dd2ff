package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store on its H2 file, crashed by copying the file while the store is still
 * open: the copy is what a process killed at that moment (kill -9) leaves behind, and it
 * is opened as the restarted service would open it.
 */
class DurableH2BackendTest {

	private static final String DATABASE = "store";

	private static final String PAYLOAD = "x".repeat(700);

	@TempDir
	Path data;

	@TempDir
	Path crashes;

	@Test
	void everyWriteIsInTheFileTheMomentItIsAcknowledged() throws Exception {
		int writers = 16;
		int rounds = 20;
		Path crashed;
		try (EmbeddedMongo mongo = EmbeddedMongo.start(settings(this.data));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> documents = client.getDatabase(DATABASE).getCollection("documents");
			ExecutorService pool = Executors.newFixedThreadPool(writers);
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				String writer = "w" + w;
				done.add(pool.submit(() -> {
					documents.insertOne(new Document("_id", writer).append("rounds", 0));
					for (int r = 0; r < rounds; r++) {
						documents.insertMany(List.of(new Document("_id", writer + ":" + r + ":a"),
								new Document("_id", writer + ":" + r + ":b")));
						documents.updateOne(Filters.eq("_id", writer), Updates.inc("rounds", 1));
						documents.deleteOne(Filters.eq("_id", writer + ":" + r + ":b"));
					}
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
			pool.shutdown();
			crashed = crashCopy(0);
			// The live store answers reads with what was written, without waiting.
			assertThat(documents.countDocuments()).isEqualTo(writers * (1 + rounds));
		}
		try (EmbeddedMongo restarted = EmbeddedMongo.start(settings(crashed));
				MongoClient client = MongoClients.create(restarted.connectionString())) {
			MongoCollection<Document> documents = client.getDatabase(DATABASE).getCollection("documents");
			assertThat(documents.countDocuments()).isEqualTo(writers * (1 + rounds));
			assertThat(documents.countDocuments(Filters.eq("rounds", rounds))).isEqualTo(writers);
			assertThat(documents.countDocuments(Filters.regex("_id", ":b$"))).isZero();
		}
	}

	@Test
	void aCrashAtAnyMomentLeavesEachBulkWriteWholeOrAbsent() throws Exception {
		// One bulk write larger than the MVStore's default write buffer (about 19 MB of
		// unsaved pages), which would have made the writer commit half of it, and still
		// one command: 15 MB of BSON, below the 16 MB (and 16 KB) beyond which the driver
		// splits a bulk write into several commands, each committed on its own.
		int[] sizes = { 2_000, 2_000, 20_000, 2_000, 2_000, 2_000 };
		Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
		List<Path> copies = new ArrayList<>();
		List<Set<Integer>> acknowledgedBeforeCopy = new ArrayList<>();
		try (EmbeddedMongo mongo = EmbeddedMongo.start(settings(this.data));
				MongoClient client = MongoClients.create(mongo.connectionString())) {
			MongoCollection<Document> documents = client.getDatabase(DATABASE).getCollection("documents");
			documents.insertOne(new Document("_id", "first"));
			Thread writer = Thread.ofPlatform().start(() -> {
				for (int batch = 0; batch < sizes.length; batch++) {
					List<Document> bulk = new ArrayList<>(sizes[batch]);
					for (int i = 0; i < sizes[batch]; i++) {
						bulk.add(
								new Document("_id", batch + ":" + i).append("batch", batch).append("payload", PAYLOAD));
					}
					documents.insertMany(bulk);
					acknowledged.add(batch);
				}
			});
			while (writer.isAlive() && copies.size() < 12) {
				Thread.sleep(100);
				acknowledgedBeforeCopy.add(Set.copyOf(acknowledged));
				copies.add(crashCopy(copies.size()));
			}
			writer.join();
			acknowledgedBeforeCopy.add(Set.copyOf(acknowledged));
			copies.add(crashCopy(copies.size()));
		}
		assertThat(acknowledgedBeforeCopy.get(copies.size() - 1)).hasSize(sizes.length);
		assertThat(copies).hasSizeGreaterThan(2);
		for (int c = 0; c < copies.size(); c++) {
			try (EmbeddedMongo restarted = EmbeddedMongo.start(settings(copies.get(c)));
					MongoClient client = MongoClients.create(restarted.connectionString())) {
				MongoCollection<Document> documents = client.getDatabase(DATABASE).getCollection("documents");
				for (int batch = 0; batch < sizes.length; batch++) {
					long held = documents.countDocuments(Filters.eq("batch", batch));
					assertThat(held).as("copy %d, bulk write %d", c, batch).isIn(0L, (long) sizes[batch]);
					if (acknowledgedBeforeCopy.get(c).contains(batch)) {
						assertThat(held).as("copy %d, acknowledged bulk write %d", c, batch).isEqualTo(sizes[batch]);
					}
				}
			}
		}
	}

	@Test
	void aWriteTheStoreCannotCommitIsNeverAcknowledged() {
		DurableH2Backend backend = DurableH2Backend.open(this.data.resolve(DATABASE + ".mv"), true);
		MongoServer server = new MongoServer(backend);
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			MongoCollection<Document> documents = client.getDatabase(DATABASE).getCollection("documents");
			documents.insertOne(new Document("_id", "before"));
			// As if the disk went away: the file can no longer be written.
			backend.getMvStore().closeImmediately();
			assertThatThrownBy(() -> documents.insertOne(new Document("_id", "after")))
				.isInstanceOf(MongoException.class);
		}
		finally {
			server.shutdownNow();
		}
	}

	/**
	 * The store's file as it is now, in a folder of its own: what a process killed now
	 * would leave.
	 */
	private Path crashCopy(int number) throws IOException {
		Path folder = Files.createDirectories(this.crashes.resolve("crash-" + number));
		Files.copy(this.data.resolve(DATABASE + ".mv"), folder.resolve(DATABASE + ".mv"));
		return folder;
	}

	private static MongoSettings settings(Path folder) {
		return new MongoSettings(null, DATABASE, folder, false, true);
	}

}
