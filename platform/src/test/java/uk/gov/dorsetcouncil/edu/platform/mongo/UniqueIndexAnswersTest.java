package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The durable store's unique indexes, through the MongoDB driver, answer as
 * mongo-java-server's memory backend and its stock H2 backend do: the same operations on
 * each engine get the same answers, and the durable store's file, opened again, finds the
 * same documents by the same keys.
 */
class UniqueIndexAnswersTest {

	private static final int DUPLICATE_KEY = 11000;

	@TempDir
	Path data;

	@ParameterizedTest
	@MethodSource("scenarios")
	void everyEngineAnswersAlike(Consumer<StoreAnswers> scenario) {
		Map<EmbeddedEngine, List<String>> answers = new EnumMap<>(EmbeddedEngine.class);
		Map<EmbeddedEngine, List<String>> reopened = new EnumMap<>(EmbeddedEngine.class);
		for (EmbeddedEngine engine : EmbeddedEngine.values()) {
			Path file = this.data.resolve(engine + ".mv");
			answers.put(engine, engine.with(file, (client) -> {
				StoreAnswers store = new StoreAnswers(client.getDatabase("test").getCollection("things"));
				scenario.accept(store);
				return store.everyDocumentById().answers();
			}));
			if (engine != EmbeddedEngine.MEMORY) {
				reopened.put(engine,
						engine.with(file,
								(client) -> new StoreAnswers(client.getDatabase("test").getCollection("things"))
									.everyDocumentById()
									.answers()));
			}
		}
		List<String> durable = answers.get(EmbeddedEngine.DURABLE_H2);
		assertThat(durable).as("a duplicate refused").anyMatch((answer) -> answer.contains(" " + DUPLICATE_KEY));
		assertThat(durable).containsExactlyElementsOf(answers.get(EmbeddedEngine.MEMORY))
			.containsExactlyElementsOf(answers.get(EmbeddedEngine.STOCK_H2));
		// Read back from the file: every document found by its _id as before.
		List<String> lookups = durable.subList(
				durable
					.indexOf(durable.stream().filter((answer) -> answer.startsWith("all: ")).findFirst().orElseThrow()),
				durable.size());
		assertThat(reopened.get(EmbeddedEngine.DURABLE_H2)).containsExactlyElementsOf(lookups)
			.containsExactlyElementsOf(reopened.get(EmbeddedEngine.STOCK_H2));
	}

	static Stream<Arguments> scenarios() {
		return Stream.of(
				scenario("an _id of Integer 1, Long 1 and Double 1.0 is one key",
						(store) -> store.insert(new Document("_id", 1).append("as", "Integer"))
							.insert(new Document("_id", 1L).append("as", "Long"))
							.insert(new Document("_id", 1.0).append("as", "Double"))
							.find(new Document("_id", 1L))
							.find(new Document("_id", 1.0))
							.count()),
				scenario("0.0 and -0.0 are one _id",
						(store) -> store.insert(new Document("_id", 0.0))
							.insert(new Document("_id", -0.0))
							.find(new Document("_id", -0.0))
							.find(new Document("_id", 0))),
				scenario("a Long that no double holds is a key of its own",
						(store) -> store.insert(new Document("_id", (1L << 53) + 1))
							.insert(new Document("_id", 1L << 53))
							.insert(new Document("_id", 0x1p53))
							.insert(new Document("_id", 0x1p53 + 2))
							.insert(new Document("_id", Long.MAX_VALUE))
							.find(new Document("_id", (1L << 53) + 1))
							.find(new Document("_id", 0x1p53))
							.find(new Document("_id", 0x1p63))),
				scenario("strings: UPNs and characters outside the BMP",
						(store) -> store
							.insertAll(List.of(new Document("_id", upn(1)), new Document("_id", upn(2)),
									new Document("_id", IndexKeyValues.GRINNING), new Document("_id", "\uFFFF"),
									new Document("_id", "\u00e9"), new Document("_id", "e\u0301")))
							.insert(new Document("_id", upn(2)))
							.insert(new Document("_id", "\uD83D\uDE00"))
							.find(new Document("_id", IndexKeyValues.GRINNING))
							.find(new Document("_id", new Document("$regex", "^[A-Z]838")))
							.find(new Document("_id",
									new Document("$in", List.of(upn(1), "\uFFFF", "e\u0301", "none"))))),
				scenario("an _id of other kinds: ObjectId, date, boolean, embedded document",
						(store) -> store.insert(new Document("_id", new ObjectId("65a1b2c3d4e5f60718293a4b")))
							.insert(new Document("_id", new Date(1_788_511_500_000L)))
							.insert(new Document("_id", true))
							.insert(new Document("_id", new Document("urn", "113001").append("year", 2026)))
							.insert(new Document("_id", new ObjectId("65a1b2c3d4e5f60718293a4b")))
							.insert(new Document("_id", new Date(1_788_511_500_000L)))
							.insert(new Document("_id", new Document("urn", "113001").append("year", 2026.0)))
							.insert(new Document("_id", new Document("year", 2026).append("urn", "113001")))
							.find(new Document("_id", new Document("urn", "113001").append("year", 2026L)))
							.find(new Document("_id", new Date(1_788_511_500_000L)))),
				scenario("a compound unique index {school, number}",
						(store) -> store.uniqueIndex(new Document("school", 1).append("number", 1))
							.insert(new Document("_id", 1).append("school", "113001").append("number", 1))
							.insert(new Document("_id", 2).append("school", "113001").append("number", 2L))
							.insert(new Document("_id", 3).append("school", "113001").append("number", 1.0))
							.insert(new Document("_id", 4).append("school", "113002").append("number", 1))
							.insert(new Document("_id", 5).append("number", 1).append("school", "113003"))
							.find(new Document("school", "113001").append("number", 1L))
							.find(new Document("school", "113001").append("number", 2.0))
							.find(new Document("number", 1).append("school", "113003"))
							.find(new Document("school", "113009").append("number", 1))),
				scenario("the unique index {_id, version} of versioned writes",
						(store) -> store.uniqueIndex(new Document("_id", 1).append("version", 1))
							.insert(new Document("_id", upn(3)).append("version", 1L).append("familyName", "Smith"))
							.replace(new Document("_id", upn(3)).append("version", 1L),
									new Document("_id", upn(3)).append("version", 2L).append("familyName", "Jones"))
							.replace(new Document("_id", upn(3)).append("version", 1L),
									new Document("_id", upn(3)).append("version", 2L).append("familyName", "Brown"))
							.insert(new Document("_id", upn(3)).append("version", 1L))
							.find(new Document("_id", upn(3)).append("version", 2))
							.find(new Document("_id", upn(3)).append("version", 1L))),
				scenario("a sparse unique index",
						(store) -> store.sparseUniqueIndex(new Document("email", 1))
							.insert(new Document("_id", 1))
							.insert(new Document("_id", 2))
							.insert(new Document("_id", 3).append("email", "a@example.org"))
							.insert(new Document("_id", 4).append("email", "a@example.org"))
							.insert(new Document("_id", 5).append("email", null))
							.insert(new Document("_id", 6).append("email", null))
							.find(new Document("email", "a@example.org"))
							.delete(new Document("_id", 3))
							.insert(new Document("_id", 7).append("email", "a@example.org"))
							.find(new Document("email", "a@example.org"))),
				scenario("null and missing in a unique index that is not sparse",
						(store) -> store.uniqueIndex(new Document("code", 1))
							.insert(new Document("_id", 1))
							.insert(new Document("_id", 2).append("code", null))
							.insert(new Document("_id", 3).append("code", "A"))
							.find(new Document("code", null))),
				scenario("an embedded document as a unique key",
						(store) -> store.uniqueIndex(new Document("profile", 1))
							.insert(new Document("_id", 1).append("profile", new Document("a", 1).append("b", "x")))
							.insert(new Document("_id", 2).append("profile", new Document("a", 1.0).append("b", "x")))
							.insert(new Document("_id", 3).append("profile", new Document("b", "x").append("a", 1)))
							.insert(new Document("_id", 4).append("profile", new Document("a", List.of(1, 2))))
							.insert(new Document("_id", 5).append("profile", new Document("a", List.of(1L, 2.0))))
							.find(new Document("profile", new Document("a", 1L).append("b", "x")))),
				scenario("arrays in a unique index",
						(store) -> store.uniqueIndex(new Document("tags", 1))
							.insert(new Document("_id", 1).append("tags", List.of("a", "b")))
							.insert(new Document("_id", 2).append("tags", List.of("b", "c")))
							.insert(new Document("_id", 3).append("tags", List.of("c", 1)))
							.insert(new Document("_id", 4).append("tags", List.of(1.0)))
							.find(new Document("tags", "a"))
							.find(new Document("tags", 1L))),
				scenario("updates move a document's key",
						(store) -> store.uniqueIndex(new Document("code", 1))
							.insert(new Document("_id", 1).append("code", "A"))
							.insert(new Document("_id", 2).append("code", "B"))
							.update(new Document("_id", 1), Updates.set("code", "B"))
							.update(new Document("_id", 1), Updates.set("code", "C"))
							.find(new Document("code", "A"))
							.find(new Document("code", "C"))
							.insert(new Document("_id", 3).append("code", "A"))),
				scenario("deletes free keys", (store) -> {
					store.insertAll(IntStream.range(0, 200).mapToObj((n) -> new Document("_id", upn(n))).toList());
					IntStream.range(0, 200)
						.filter((n) -> n % 2 == 0)
						.forEach((n) -> store.delete(new Document("_id", upn(n))));
					store.insertAll(IntStream.range(0, 100).mapToObj((n) -> new Document("_id", upn(4 * n))).toList())
						.insert(new Document("_id", upn(1)))
						.find(new Document("_id",
								new Document("$in",
										IntStream.range(0, 200).mapToObj(UniqueIndexAnswersTest::upn).toList())))
						.count();
				}), scenario("random operations on keys of many kinds", UniqueIndexAnswersTest::randomOperations));
	}

	/**
	 * Inserts, deletes, updates and finds drawn at random from small sets of keys of many
	 * kinds, so that duplicates and look-ups of absent keys are frequent.
	 */
	private static void randomOperations(StoreAnswers store) {
		Random random = new Random(22);
		List<Object> ids = List.of(1, 1L, 1.0, 2.5, -0.0, 0, (1L << 53) + 1, "a", "A838000000001",
				IndexKeyValues.GRINNING, new ObjectId("65a1b2c3d4e5f60718293a4b"), new Date(0), true,
				new Document("a", 1));
		List<Object> codes = new ArrayList<>(ids);
		codes.add(null);
		codes.add(List.of("x", 1));
		codes.add(new Document("b", List.of(2)));
		store.uniqueIndex(new Document("code", 1)).uniqueIndex(new Document("school", 1).append("code", 1));
		for (int i = 0; i < 400; i++) {
			Object id = ids.get(random.nextInt(ids.size()));
			Object code = codes.get(random.nextInt(codes.size()));
			String school = (random.nextBoolean()) ? "113001" : "113002";
			switch (random.nextInt(6)) {
				case 0, 1 -> {
					Document document = new Document("_id", id).append("school", school);
					if (random.nextInt(4) > 0) {
						document.append("code", code);
					}
					store.insert(document);
				}
				case 2 -> store.delete(new Document("_id", id));
				case 3 -> store.update(new Document("_id", id), Updates.set("code", code));
				case 4 -> store.find(new Document("code", code));
				default -> store.find(new Document("school", school).append("code", code));
			}
		}
		store.count();
	}

	private static Arguments scenario(String name, Consumer<StoreAnswers> scenario) {
		return arguments(Named.of(name, scenario));
	}

	private static String upn(int n) {
		return Upn.withCheckLetter(String.format("838%09d", n * 7_919L)).value();
	}

}
