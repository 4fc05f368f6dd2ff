package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.params.provider.Arguments;

import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Values that index keys hold, for the tests of their order and their format. */
final class IndexKeyValues {

	static final String GRINNING = new String(Character.toChars(0x1F600));

	private IndexKeyValues() {
	}

	/**
	 * Pairs of values as a key may hold them: whether {@link KeyValue#equals} takes them
	 * as one as they come, and once mongo-java-server has normalised them as it does
	 * every key before it reaches an index.
	 */
	static Stream<Arguments> pairs() {
		return Stream.of(
				// Strings
				arguments("one string, two instances", "A838000000001", new String("A838000000001"), true, true),
				arguments("strings differing at the end", "A838000000001", "A838000000002", false, false),
				arguments("a string and its prefix", "A83800000000", "A838000000001", false, false),
				arguments("the empty string and a space", "", " ", false, false),
				arguments("a non-BMP character, built two ways", GRINNING, "\uD83D\uDE00", true, true),
				arguments("two non-BMP characters", GRINNING, new String(Character.toChars(0x1F601)), false, false),
				arguments("a non-BMP character and the last BMP one", GRINNING, "\uFFFF", false, false),
				arguments("a lone surrogate and the pair it starts", "\uD83D", GRINNING, false, false),
				// Numbers, which the engine makes doubles
				arguments("Integer 1 and Long 1", 1, 1L, false, true),
				arguments("Integer 1 and Double 1.0", 1, 1.0, false, true),
				arguments("Long 1 and Double 1.0", 1L, 1.0, false, true),
				arguments("Double 1.0 twice", 1.0, Double.valueOf("1.0"), true, true),
				arguments("0.0 and -0.0", 0.0, -0.0, false, true),
				arguments("Integer 0 and -0.0", 0, -0.0, false, true), arguments("1.5 and 1", 1.5, 1, false, false),
				arguments("NaN and a NaN of other bits", Double.NaN, Double.longBitsToDouble(0x7ff0000000000001L), true,
						true),
				arguments("NaN and 0.0", Double.NaN, 0.0, false, false),
				arguments("NaN and -Infinity", Double.NaN, Double.NEGATIVE_INFINITY, false, false),
				arguments("Long 2^53 and Double 2^53", 1L << 53, 0x1p53, false, true),
				arguments("Long 2^53 + 1 (no double holds it) and Double 2^53", (1L << 53) + 1, 0x1p53, false, false),
				arguments("Long 2^53 + 1 and Double 2^53 + 2", (1L << 53) + 1, 0x1p53 + 2, false, false),
				// The engine keeps a Long only if casting it to double and back changes
				// it; Long.MAX_VALUE survives that (the cast back saturates).
				arguments("Long.MAX_VALUE and Double 2^63", Long.MAX_VALUE, 0x1p63, false, true),
				arguments("Long.MIN_VALUE and Double -2^63", Long.MIN_VALUE, -0x1p63, false, true),
				arguments("Long 2^62 + 1 and Long 2^62", (1L << 62) + 1, 1L << 62, false, false),
				arguments("Infinity and Long.MAX_VALUE - 1", Double.POSITIVE_INFINITY, Long.MAX_VALUE - 1, false,
						false),
				// null and missing
				arguments("null twice", null, null, true, true),
				arguments("null and missing", null, Missing.getInstance(), false, true),
				arguments("null and 0", null, 0.0, false, false),
				arguments("null and the empty string", null, "", false, false),
				// Other kinds of value
				arguments("a string and the number it spells", "1", 1.0, false, false),
				arguments("true and 1", true, 1.0, false, false),
				arguments("true and true", true, Boolean.valueOf("true"), true, true),
				arguments("true and false", true, false, false, false),
				arguments("one ObjectId, two instances", new ObjectId("65a1b2c3d4e5f60718293a4b"),
						new ObjectId("65a1b2c3d4e5f60718293a4b"), true, true),
				arguments("ObjectIds differing in a high bit", new ObjectId("80a1b2c3d4e5f60718293a4b"),
						new ObjectId("7fa1b2c3d4e5f60718293a4b"), false, false),
				arguments("one instant, two instances", Instant.parse("2026-09-04T08:45:00.123456789Z"),
						Instant.ofEpochSecond(1788511500L, 123456789), true, true),
				arguments("instants a nanosecond apart", Instant.ofEpochSecond(1788511500L, 1),
						Instant.ofEpochSecond(1788511500L, 2), false, false),
				arguments("one binary, two instances", new BinData(new byte[] { 1, -2 }),
						new BinData(new byte[] { 1, -2 }), true, true),
				arguments("binaries differing", new BinData(new byte[] { 1, -2 }), new BinData(new byte[] { 1, 2 }),
						false, false),
				arguments("one UUID, two instances", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
						UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), true, true),
				arguments("MinKey and MaxKey", MinKey.getInstance(), MaxKey.getInstance(), false, false),
				arguments("MaxKey and a string", MaxKey.getInstance(), "zzz", false, false),
				arguments("one timestamp, two instances", new BsonTimestamp(42), new BsonTimestamp(42), true, true),
				arguments("timestamps differing", new BsonTimestamp(42), new BsonTimestamp(43), false, false),
				// Documents and arrays
				arguments("documents with the same fields", new Document("a", 1.0).append("b", "x"),
						new Document("a", 1.0).append("b", "x"), true, true),
				arguments("documents with their fields in another order", new Document("a", 1.0).append("b", "x"),
						new Document("b", "x").append("a", 1.0), false, false),
				arguments("a document with a null field and one without it", new Document("a", 1.0).append("b", null),
						new Document("a", 1.0), false, false),
				arguments("documents holding Integer 1 and Double 1.0", new Document("a", 1), new Document("a", 1.0),
						false, true),
				arguments("documents holding -0.0 and 0.0", new Document("a", -0.0), new Document("a", 0.0), false,
						true),
				arguments("documents nested alike", new Document("a", new Document("b", List.of(1.0, "x"))),
						new Document("a", new Document("b", List.of(1.0, "x"))), true, true),
				arguments("documents nested differently", new Document("a", new Document("b", List.of(1.0, "x"))),
						new Document("a", new Document("b", List.of(1.0, "y"))), false, false),
				arguments("arrays alike", List.of(1.0, "x"), new ArrayList<>(List.of(1.0, "x")), true, true),
				arguments("an array and a longer one", List.of(1.0), java.util.Arrays.asList(1.0, null), false, false),
				arguments("arrays holding Integer 1 and Double 1.0", List.of(1), List.of(1.0), false, true),
				arguments("a document and an array", new Document("0", 1.0), List.of(1.0), false, false));
	}

	/**
	 * Keys of one to three values drawn from small sets, so that many pairs are equal:
	 * the same seed gives equal keys made of other instances.
	 */
	static List<KeyValue> randomKeys(long seed, int count) {
		Random random = new Random(seed);
		List<KeyValue> keys = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			int size = 1 + random.nextInt(3);
			List<Object> values = new ArrayList<>(size);
			for (int v = 0; v < size; v++) {
				values.add(randomValue(random, 0));
			}
			keys.add(new KeyValue(values));
		}
		return keys;
	}

	private static Object randomValue(Random random, int depth) {
		int kinds = (depth < 2) ? 16 : 14;
		return switch (random.nextInt(kinds)) {
			case 0 -> null;
			case 1 -> Missing.getInstance();
			case 2 -> random.nextInt(3) - 1;
			case 3 -> pick(random, 0L, 1L, -1L, 1L << 53, (1L << 53) + 1, Long.MAX_VALUE, Long.MIN_VALUE);
			case 4 -> pick(random, 0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, 0x1p53, 0x1p63);
			case 5 -> pick(random, "", "a", "b", "ab", "A838000000001", GRINNING, "\uFFFF", "\uD83D");
			case 6 -> random.nextBoolean();
			case 7 -> new ObjectId(
					pick(random, "000000000000000000000000", "80a1b2c3d4e5f60718293a4b", "7fa1b2c3d4e5f60718293a4b"));
			case 8 -> Instant.ofEpochSecond(1788511500L, random.nextInt(2));
			case 9 -> new BinData(new byte[] { (byte) random.nextInt(2), -1 });
			case 10 -> new UUID(random.nextInt(2), -1L);
			case 11 -> pick(random, MinKey.getInstance(), MaxKey.getInstance());
			case 12 -> new BsonTimestamp(random.nextInt(2));
			case 13 -> pick(random, "b", 1.0, true);
			case 14 -> {
				Document document = new Document();
				int fields = random.nextInt(3);
				for (int f = 0; f < fields; f++) {
					document.put(pick(random, "a", "b"), randomValue(random, depth + 1));
				}
				yield document;
			}
			default -> {
				int size = random.nextInt(3);
				List<Object> list = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					list.add(randomValue(random, depth + 1));
				}
				yield list;
			}
		};
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... choices) {
		return choices[random.nextInt(choices.length)];
	}

}
