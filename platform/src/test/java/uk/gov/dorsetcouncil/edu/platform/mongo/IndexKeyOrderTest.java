package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndexKeyOrderTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("uk.gov.dorsetcouncil.edu.platform.mongo.IndexKeyValues#pairs")
	void twoKeysCompareAsZeroExactlyWhenTheyAreEqual(String pair, Object a, Object b, boolean equal,
			boolean equalOnceNormalised) {
		KeyValue x = key(a);
		KeyValue y = key(b);
		assertThat(x.equals(y)).as("the engine's equals").isEqualTo(equal);
		assertThat(IndexKeyOrder.compare(x, y) == 0).isEqualTo(equal);
		assertThat(Integer.signum(IndexKeyOrder.compare(x, y))).isEqualTo(-Integer.signum(IndexKeyOrder.compare(y, x)));

		KeyValue normalisedX = x.normalized();
		KeyValue normalisedY = y.normalized();
		assertThat(normalisedX.equals(normalisedY)).as("the engine's equals, normalised")
			.isEqualTo(equalOnceNormalised);
		assertThat(IndexKeyOrder.compare(normalisedX, normalisedY) == 0).isEqualTo(equalOnceNormalised);
	}

	@ParameterizedTest(name = "{0}, in a compound key")
	@MethodSource("uk.gov.dorsetcouncil.edu.platform.mongo.IndexKeyValues#pairs")
	void aCompoundKeyIsEqualExactlyWhenEachOfItsValuesIs(String pair, Object a, Object b, boolean equal,
			boolean equalOnceNormalised) {
		KeyValue x = new KeyValue(Arrays.asList("A838000000001", a, 1.0));
		KeyValue y = new KeyValue(Arrays.asList("A838000000001", b, 1.0));
		assertThat(IndexKeyOrder.compare(x, y) == 0).isEqualTo(equal).isEqualTo(x.equals(y));
		assertThat(IndexKeyOrder.compare(x.normalized(), y.normalized()) == 0).isEqualTo(equalOnceNormalised);
	}

	@Test
	void keysOfKindsInMongoDbOrderThenByValue() {
		List<Object> ordered = List.of(MinKey.getInstance(), Missing.getInstance(), Double.NaN,
				Double.NEGATIVE_INFINITY, Long.MIN_VALUE + 1, -1.5, -1L, -0.0, 0.0, 0L, 0, 0.5, 1, 0x1p53, 1L << 53,
				(1L << 53) + 1, 0x1p53 + 2, Long.MAX_VALUE, 0x1p63, Double.POSITIVE_INFINITY, "", "A838000000001",
				"A838000000002", "a", "\uE000", "\uFFFF", "\uD83D", IndexKeyValues.GRINNING, new Document(),
				new Document("a", 1.0), new Document("a", 1.0).append("b", 1.0), new Document("b", 0.0),
				new Document("b", 0.0).append("a", 1.0), new Document("a", "0"), List.of(), List.of(1.0),
				List.of(1.0, 1.0), List.of(2.0), List.of("1"), new BinData(new byte[] { 9 }),
				new BinData(new byte[] { 0, 0 }), new BinData(new byte[16]), new UUID(0, 0), new UUID(0, -1),
				new UUID(-1, 0), new BinData(new byte[17]), new ObjectId("000000000000000000000000"),
				new ObjectId("7fa1b2c3d4e5f60718293a4b"), new ObjectId("80a1b2c3d4e5f60718293a4b"), false, true,
				Instant.EPOCH, Instant.ofEpochSecond(0, 1), new BsonTimestamp(1), MaxKey.getInstance());
		List<KeyValue> keys = new ArrayList<>(ordered.stream().map(IndexKeyOrderTest::key).toList());
		keys.add(1, new KeyValue(Arrays.asList(new Object[] { null })));
		List<KeyValue> expected = List.copyOf(keys);
		Collections.shuffle(keys, new Random(22));
		keys.sort(IndexKeyOrder::compare);
		assertThat(keys).containsExactlyElementsOf(expected);
	}

	@Test
	void stringsInTheOrderOfTheirUtf8BytesAsMongoDbComparesThem() {
		List<String> strings = List.of("", "a", "ab", "a\uFFFF", "a" + IndexKeyValues.GRINNING, "z", "\u00E9", "\u07FF",
				"\u0800", "\uD7FF", "\uE000", "\uFFFF", IndexKeyValues.GRINNING,
				new String(Character.toChars(0x10FFFF)));
		for (String a : strings) {
			for (String b : strings) {
				assertThat(Integer.signum(IndexKeyOrder.compareStrings(a, b))).as("%s against %s", a, b)
					.isEqualTo(Integer.signum(Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
							b.getBytes(StandardCharsets.UTF_8))));
			}
		}
	}

	@Test
	void aShorterCompoundKeyComesBeforeTheLongerOneItBegins() {
		assertThat(IndexKeyOrder.compare(new KeyValue("A838000000001"), new KeyValue("A838000000001", 1.0)))
			.isNegative();
		assertThat(IndexKeyOrder.compare(new KeyValue("A838000000001", 2.0), new KeyValue("A838000000002", 1.0)))
			.isNegative();
	}

	@Test
	void valuesOfOneKindStayOneValueWhenJavaDeserialisationCopiesThem() {
		// A document the store reads back from its file holds copies of these, and its
		// keys must still find the index entries made from the originals.
		for (Object single : List.of(MinKey.getInstance(), MaxKey.getInstance(), Missing.getInstance())) {
			Object copy = ObjectDataType.deserialize(ObjectDataType.serialize(single));
			assertThat(IndexKeyOrder.compareValues(single, copy)).as("%s", single.getClass()).isZero();
		}
	}

	/**
	 * Property checks over generated keys (many of them equal, made of other instances):
	 * antisymmetry, consistency with equals, and transitivity, for keys as they come and
	 * as the engine normalises them.
	 */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void generatedKeysAreInATotalOrderConsistentWithEquals(long seed) {
		List<KeyValue> keys = new ArrayList<>(IndexKeyValues.randomKeys(seed, 300));
		keys.addAll(IndexKeyValues.randomKeys(seed, 100));
		keys.addAll(keys.stream().map(KeyValue::normalized).toList());
		long equalPairs = 0;
		for (KeyValue a : keys) {
			for (KeyValue b : keys) {
				int ab = IndexKeyOrder.compare(a, b);
				assertThat(Integer.signum(ab)).as("%s against %s", a, b)
					.isEqualTo(-Integer.signum(IndexKeyOrder.compare(b, a)));
				assertThat(ab == 0).as("%s against %s", a, b).isEqualTo(a.equals(b));
				if (ab == 0 && a != b) {
					equalPairs++;
				}
			}
		}
		assertThat(equalPairs).as("pairs of distinct instances that are equal").isGreaterThan(1000);

		// Sorting checks the contract as it goes; then every pair must be in order.
		List<KeyValue> sorted = new ArrayList<>(keys);
		sorted.sort(IndexKeyOrder::compare);
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				assertThat(IndexKeyOrder.compare(sorted.get(i), sorted.get(j)))
					.as("%s before %s", sorted.get(i), sorted.get(j))
					.isLessThanOrEqualTo(0);
			}
		}
		Random random = new Random(seed);
		for (int t = 0; t < 200_000; t++) {
			KeyValue a = keys.get(random.nextInt(keys.size()));
			KeyValue b = keys.get(random.nextInt(keys.size()));
			KeyValue c = keys.get(random.nextInt(keys.size()));
			int ab = IndexKeyOrder.compare(a, b);
			int bc = IndexKeyOrder.compare(b, c);
			if (ab <= 0 && bc <= 0) {
				assertThat(IndexKeyOrder.compare(a, c)).as("%s, %s, %s", a, b, c).isLessThanOrEqualTo(0);
			}
			if (ab == 0) {
				assertThat(Integer.signum(IndexKeyOrder.compare(a, c))).as("%s, %s, %s", a, b, c)
					.isEqualTo(Integer.signum(bc));
			}
		}
	}

	static List<Long> seeds() {
		return List.of(1L, 22L, 2026L);
	}

	private static KeyValue key(Object value) {
		return new KeyValue(Arrays.asList(value));
	}

}
