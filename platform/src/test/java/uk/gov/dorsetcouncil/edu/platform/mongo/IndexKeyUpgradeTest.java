package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store file written before ADR 0022, by mongo-java-server's stock H2 backend, opened
 * by the durable backend: its unique indexes are converted once, and every document is
 * found by every index as before.
 */
class IndexKeyUpgradeTest {

	private static final String DATABASE = "store";

	private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder()
		.outputMode(JsonMode.EXTENDED)
		.build();

	/**
	 * The unique indexes the stock backend wrote: collection, then the index's fields.
	 */
	private static final List<List<String>> INDEXES = List.of(List.of("store.pupils", "_id"),
			List.of("store.pupils", "_id", "version"), List.of("store.things", "_id"),
			List.of("store.things", "school", "number"), List.of("store.things", "email"),
			List.of("gateway.audit_records", "_id"), List.of("gateway.audit_records", "chain", "sequence"));

	@TempDir
	Path data;

	@Test
	void everyDocumentIsFoundByEveryIndexAfterTheConversionAndDuplicatesAreStillRefused() throws Exception {
		Path file = this.data.resolve(DATABASE + ".mv");
		List<String> before = EmbeddedEngine.STOCK_H2.with(file, (client) -> {
			writeAsTheStockBackend(client);
			List<String> answers = lookUps(client);
			answers.addAll(duplicatesRefused(client));
			return answers;
		});
		assertThat(storeVersion(file)).isZero();

		List<String> after = EmbeddedEngine.DURABLE_H2.with(file, (client) -> {
			List<String> answers = lookUps(client);
			answers.addAll(duplicatesRefused(client));
			return answers;
		});
		assertThat(after).containsExactlyElementsOf(before);
		assertThat(storeVersion(file)).isEqualTo(IndexKeyUpgrade.ORDERED_KEYS);

		// Opened again: nothing left to convert, and the same answers from the file.
		try (MVStore store = openAsTheDurableBackendDoes(file)) {
			assertThat(IndexKeyUpgrade.apply(store)).isZero();
		}
		assertThat(EmbeddedEngine.DURABLE_H2.with(file, IndexKeyUpgradeTest::lookUps))
			.containsExactlyElementsOf(before.subList(0, before.size() - INDEXES.size()));
	}

	@Test
	void anOlderVersionOfThePlatformCannotOpenAConvertedFileRatherThanSearchItInTheWrongOrder() {
		Path file = this.data.resolve(DATABASE + ".mv");
		EmbeddedEngine.STOCK_H2.with(file, (client) -> {
			writeAsTheStockBackend(client);
			return null;
		});
		EmbeddedEngine.DURABLE_H2.with(file, (client) -> null);
		assertThatThrownBy(() -> new H2Backend(file.toString()).close()).hasStackTraceContaining("Unknown tag");
	}

	@Test
	void aConversionCutShortLeavesEveryIndexAndDocumentAndIsDoneAgainAtTheNextStart() throws Exception {
		Path file = this.data.resolve(DATABASE + ".mv");
		List<String> before = EmbeddedEngine.STOCK_H2.with(file, (client) -> {
			writeAsTheStockBackend(client);
			return lookUps(client);
		});
		Path crashed = Files.createDirectories(this.data.resolve("crashed")).resolve(DATABASE + ".mv");
		MVStore store = openAsTheDurableBackendDoes(file);
		long version = store.getCurrentVersion();
		// Copies committed every 50 entries, then swapped in; killed before the last
		// commit, the file is what a crash leaves.
		assertThat(IndexKeyUpgrade.convertIndexMaps(store, 50)).isEqualTo(INDEXES.size());
		assertThat(store.getCurrentVersion()).as("commits made by the conversion").isGreaterThan(version + 10);
		Files.copy(file, crashed);
		store.closeImmediately();

		assertThat(storeVersion(crashed)).isZero();
		assertThat(mapNames(crashed)).anyMatch((name) -> name.startsWith("$rebuilding."));
		assertThat(EmbeddedEngine.STOCK_H2.with(crashed, IndexKeyUpgradeTest::lookUps))
			.containsExactlyElementsOf(before);
		assertThat(EmbeddedEngine.DURABLE_H2.with(crashed, IndexKeyUpgradeTest::lookUps))
			.containsExactlyElementsOf(before);
		assertThat(storeVersion(crashed)).isEqualTo(IndexKeyUpgrade.ORDERED_KEYS);
		assertThat(mapNames(crashed)).noneMatch((name) -> name.startsWith("$rebuilding."));
	}

	@Test
	void aNewStoreIsMarkedAtOnce() {
		Path file = this.data.resolve(DATABASE + ".mv");
		DurableH2Backend.open(file, true).close();
		assertThat(storeVersion(file)).isEqualTo(IndexKeyUpgrade.ORDERED_KEYS);
	}

	@Test
	void aFileOfANewerFormatIsRefused() {
		Path file = this.data.resolve(DATABASE + ".mv");
		try (MVStore store = MVStore.open(file.toString())) {
			store.setStoreVersion(IndexKeyUpgrade.ORDERED_KEYS + 1);
		}
		assertThatThrownBy(() -> DurableH2Backend.open(file, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("store version 2");
	}

	@Test
	void aDatabaseHoldingTheIndexesOfACollectionRenamedInAnEarlierRunCanBeDropped() {
		Path file = this.data.resolve(DATABASE + ".mv");
		EmbeddedEngine.DURABLE_H2.with(file, (client) -> {
			MongoCollection<Document> plans = client.getDatabase("send").getCollection("plans");
			plans.createIndex(new Document("code", 1), new IndexOptions().unique(true));
			plans.insertMany(List.of(new Document("_id", 1).append("code", "A"), new Document("_id", 2)));
			plans.renameCollection(new MongoNamespace("send", "plans_2026"));
			return null;
		});
		EmbeddedEngine.DURABLE_H2.with(file, (client) -> {
			client.getDatabase("send").drop();
			return null;
		});
		List<String> databases = EmbeddedEngine.DURABLE_H2.with(file,
				(client) -> client.listDatabaseNames().into(new ArrayList<>()));
		assertThat(databases).doesNotContain("send");
		try (MVStore store = openAsTheDurableBackendDoes(file)) {
			assertThat(store.getMapNames()).noneMatch((name) -> name.contains("send."));
		}
	}

	/**
	 * Collections as the services keep them, with unique compound and sparse indexes and
	 * keys of many kinds; some documents replaced (a new version) or deleted since.
	 */
	private static void writeAsTheStockBackend(MongoClient client) {
		MongoCollection<Document> pupils = client.getDatabase(DATABASE).getCollection("pupils");
		pupils.createIndex(new Document("_id", 1).append("version", 1), new IndexOptions().unique(true));
		List<Document> roll = new ArrayList<>();
		for (int n = 0; n < 600; n++) {
			roll.add(new Document("_id", upn(n)).append("version", 1L).append("familyName", "Pupil " + n));
		}
		pupils.insertMany(roll);
		for (int n = 0; n < 600; n += 6) {
			pupils.replaceOne(new Document("_id", upn(n)).append("version", 1L),
					new Document("_id", upn(n)).append("version", 2L).append("familyName", "Renamed " + n));
		}
		for (int n = 1; n < 600; n += 12) {
			pupils.deleteOne(new Document("_id", upn(n)));
		}

		MongoCollection<Document> things = client.getDatabase(DATABASE).getCollection("things");
		things.createIndex(new Document("school", 1).append("number", 1), new IndexOptions().unique(true));
		things.createIndex(new Document("email", 1), new IndexOptions().unique(true).sparse(true));
		List<Object> ids = new ArrayList<>();
		for (int n = 0; n < 40; n++) {
			ids.add(n);
			ids.add((1L << 53) + 1 + n);
			ids.add(n + 0.5);
			ids.add(new ObjectId(String.format("65a1b2c3d4e5f607182%05x", n)));
			ids.add(new Date(1_788_511_500_000L + n));
			ids.add("thing " + n + " " + IndexKeyValues.GRINNING);
			ids.add(new Document("urn", "1130" + n).append("year", 2026));
		}
		ids.add(true);
		ids.add(false);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			Object number = switch (i % 3) {
				case 0 -> i;
				case 1 -> (long) i;
				default -> (double) i;
			};
			Document document = new Document("_id", ids.get(i)).append("school", "11300" + (i % 4))
				.append("number", number);
			if (i % 5 == 0) {
				document.append("email", "family" + i + "@example.org");
			}
			documents.add(document);
		}
		things.insertMany(documents);
		things.deleteOne(new Document("_id", 7));
		things.updateOne(new Document("_id", 8), new Document("$set", new Document("email", "moved@example.org")));

		MongoCollection<Document> records = client.getDatabase("gateway").getCollection("audit_records");
		records.createIndex(new Document("chain", 1).append("sequence", 1), new IndexOptions().unique(true));
		List<Document> log = new ArrayList<>();
		for (long sequence = 1; sequence <= 300; sequence++) {
			log.add(new Document("chain", (sequence % 2 == 0) ? "replica-a" : "replica-b").append("sequence", sequence)
				.append("hash", Long.toHexString(sequence * 0x9E3779B97F4A7C15L)));
		}
		records.insertMany(log);
	}

	/**
	 * Each collection's documents and count, and every document looked up by each unique
	 * index it is in; a look-up must find exactly that document.
	 */
	private static List<String> lookUps(MongoClient client) {
		List<String> answers = new ArrayList<>();
		for (List<String> index : INDEXES) {
			MongoCollection<Document> collection = collection(client, index.get(0));
			List<String> fields = index.subList(1, index.size());
			List<Document> all = collection.find().into(new ArrayList<>());
			answers.add(index + " count " + collection.countDocuments());
			for (Document document : all) {
				if (fields.stream().noneMatch(document::containsKey)) {
					continue;
				}
				Document filter = new Document();
				fields.forEach((field) -> filter.append(field, document.get(field)));
				List<Document> found = collection.find(filter).into(new ArrayList<>());
				assertThat(found).as("%s by %s", index.get(0), filter.toJson()).containsExactly(document);
				answers.add(index + " " + filter.toJson(EXTENDED) + " -> " + found.get(0).toJson(EXTENDED));
			}
		}
		return answers;
	}

	/**
	 * For each unique index, a copy of a document under another {@code _id} is refused.
	 */
	private static List<String> duplicatesRefused(MongoClient client) {
		List<String> answers = new ArrayList<>();
		for (List<String> index : INDEXES) {
			MongoCollection<Document> collection = collection(client, index.get(0));
			List<String> fields = index.subList(1, index.size());
			Document existing = collection
				.find(new Document(fields.get(fields.size() - 1), new Document("$exists", true)))
				.first();
			Document copy = new Document(existing);
			if (!fields.contains("_id")) {
				copy.put("_id", new ObjectId());
			}
			String outcome;
			try {
				collection.insertOne(copy);
				outcome = "inserted";
			}
			catch (MongoException ex) {
				outcome = "error " + ex.getCode();
			}
			assertThat(outcome).as("a copy by %s", index).isEqualTo("error 11000");
			answers.add(index + " duplicate " + outcome);
		}
		return answers;
	}

	private static MongoCollection<Document> collection(MongoClient client, String namespace) {
		MongoNamespace name = new MongoNamespace(namespace);
		return client.getDatabase(name.getDatabaseName()).getCollection(name.getCollectionName());
	}

	private static MVStore openAsTheDurableBackendDoes(Path file) {
		return new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0).open();
	}

	private static List<String> mapNames(Path file) {
		try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
			return List.copyOf(store.getMapNames());
		}
	}

	private static int storeVersion(Path file) {
		try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
			return store.getStoreVersion();
		}
	}

	private static String upn(int n) {
		return Upn.withCheckLetter(String.format("838%09d", n * 104_729L)).value();
	}

}
