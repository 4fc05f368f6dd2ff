package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The order of the keys in the embedded store's unique indexes (ADR 0022): value by
 * value, each by its kind first (MongoDB's order of BSON types), then within its kind. It
 * is a total order, consistent with {@link KeyValue#equals}: two keys compare as 0
 * exactly when they are equal, so a unique index neither merges two different keys nor
 * keeps two equal ones apart.
 * <p>
 * mongo-java-server normalises the values of a key before they reach an index
 * ({@code Utils.normalizeValue}): a number becomes a {@link Double} (a {@link Long} stays
 * one only if no double holds it exactly), {@code -0.0} becomes {@code 0.0}, a missing
 * value becomes {@code null}, and so inside documents and arrays. Integer 1, Long 1 and
 * Double 1.0 therefore reach the index as the same key; this order keeps apart only what
 * {@code equals} keeps apart, and so leaves that decision to the engine.
 */
final class IndexKeyOrder {

	/** The kinds of values, in MongoDB's comparison order where it has one. */
	enum Kind {

		MIN_KEY, NULL, MISSING, NUMBER, STRING, DOCUMENT, ARRAY,
		/** {@link BinData} and {@link UUID} (a binary of subtype 4 in BSON). */
		BINARY, OBJECT_ID, BOOLEAN, DATE,
		/**
		 * Any other value (timestamps, regular expressions, legacy UUIDs): by class name,
		 * then by its Java serialisation (slow, and rare in an index key).
		 */
		OTHER, MAX_KEY;

		static Kind of(Object value) {
			return switch (value) {
				case null -> NULL;
				case String string -> STRING;
				case Double number -> NUMBER;
				case Long number -> NUMBER;
				case Integer number -> NUMBER;
				case ObjectId id -> OBJECT_ID;
				case Boolean bool -> BOOLEAN;
				case Instant instant -> DATE;
				case Document document -> DOCUMENT;
				case List<?> list -> ARRAY;
				case BinData binary -> BINARY;
				case UUID uuid -> BINARY;
				case Missing missing -> MISSING;
				case MinKey min -> MIN_KEY;
				case MaxKey max -> MAX_KEY;
				default -> OTHER;
			};
		}

	}

	/** 2^63 as a double: the first double above every long. */
	private static final double TWO_TO_63 = 0x1p63;

	private static final int UUID_BYTES = 16;

	private IndexKeyOrder() {
	}

	static int compare(KeyValue a, KeyValue b) {
		return compareInOrder(a, b);
	}

	static int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		Kind kind = Kind.of(a);
		Kind other = Kind.of(b);
		if (kind != other) {
			return kind.compareTo(other);
		}
		return switch (kind) {
			case STRING -> compareStrings((String) a, (String) b);
			case NUMBER -> compareNumbers((Number) a, (Number) b);
			case OBJECT_ID -> ((ObjectId) a).compareTo((ObjectId) b);
			case BOOLEAN -> Boolean.compare((Boolean) a, (Boolean) b);
			case DATE -> ((Instant) a).compareTo((Instant) b);
			case DOCUMENT -> compareDocuments((Document) a, (Document) b);
			case ARRAY -> compareInOrder((List<?>) a, (List<?>) b);
			case BINARY -> compareBinaries(a, b);
			// One value each. Their equals is identity, and Java deserialisation of a
			// stored document makes new instances of them: still the same value.
			case NULL, MISSING, MIN_KEY, MAX_KEY -> 0;
			case OTHER -> compareOthers(a, b);
		};
	}

	/**
	 * By value (NaN below every number, {@code -0.0} level with {@code 0.0}), then by
	 * class (Double, Long, Integer), then, for two doubles, {@link Double#compare}: equal
	 * exactly when {@code equals} is, which tells {@code -0.0} from {@code 0.0} and takes
	 * every NaN as one.
	 */
	private static int compareNumbers(Number a, Number b) {
		int byValue = compareNumericValues(a, b);
		if (byValue != 0) {
			return byValue;
		}
		int byClass = Integer.compare(classRank(a), classRank(b));
		if (byClass != 0) {
			return byClass;
		}
		return (a instanceof Double x) ? Double.compare(x, (Double) b) : 0;
	}

	private static int compareNumericValues(Number a, Number b) {
		if (a instanceof Double x) {
			if (b instanceof Double y) {
				return compareDoubles(x, y);
			}
			return compareDoubleWithLong(x, b.longValue());
		}
		if (b instanceof Double y) {
			return -compareDoubleWithLong(y, a.longValue());
		}
		return Long.compare(a.longValue(), b.longValue());
	}

	private static int compareDoubles(double x, double y) {
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
		}
		return (x < y) ? -1 : ((x > y) ? 1 : 0);
	}

	/** Exactly, where converting either to the other's type would round. */
	private static int compareDoubleWithLong(double x, long y) {
		if (Double.isNaN(x) || x < -TWO_TO_63) {
			return -1;
		}
		if (x >= TWO_TO_63) {
			return 1;
		}
		long whole = (long) x;
		if (whole != y) {
			return Long.compare(whole, y);
		}
		// Exact: x's whole part is x itself above 2^52, and fits a double below it.
		double fraction = x - whole;
		return (fraction < 0) ? -1 : ((fraction > 0) ? 1 : 0);
	}

	private static int classRank(Number number) {
		if (number instanceof Double) {
			return 0;
		}
		return (number instanceof Long) ? 1 : 2;
	}

	/**
	 * As MongoDB compares documents: field by field, the kind of the value, then the
	 * name, then the value; then by size. Equal exactly when {@link Document#equals} is,
	 * which takes the order of the fields into account.
	 */
	private static int compareDocuments(Document a, Document b) {
		Iterator<Map.Entry<String, Object>> left = a.entrySet().iterator();
		Iterator<Map.Entry<String, Object>> right = b.entrySet().iterator();
		while (left.hasNext() && right.hasNext()) {
			Map.Entry<String, Object> x = left.next();
			Map.Entry<String, Object> y = right.next();
			int byKind = Kind.of(x.getValue()).compareTo(Kind.of(y.getValue()));
			if (byKind != 0) {
				return byKind;
			}
			int byName = x.getKey().compareTo(y.getKey());
			if (byName != 0) {
				return byName;
			}
			int byValue = compareValues(x.getValue(), y.getValue());
			if (byValue != 0) {
				return byValue;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	/**
	 * In the order of their code points, as MongoDB compares the UTF-8 bytes of two
	 * strings; {@link String#compareTo} compares UTF-16 units instead, which puts a
	 * character above U+FFFF (a surrogate pair) before U+E000 to U+FFFF. Equal exactly
	 * when {@code equals} is.
	 */
	static int compareStrings(String a, String b) {
		int size = Math.min(a.length(), b.length());
		for (int i = 0; i < size; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
					// Surrogates above U+E000..U+FFFF, and those below them.
					return Integer.compare(codePointRank(x), codePointRank(y));
				}
				return x - y;
			}
		}
		return Integer.compare(a.length(), b.length());
	}

	private static int codePointRank(char unit) {
		return Character.isSurrogate(unit) ? unit + 0x2000 : unit - 0x800;
	}

	/**
	 * As MongoDB compares binaries: by length, then subtype (a {@link BinData} is of
	 * subtype 0, a {@link UUID} of subtype 4 and 16 bytes), then byte by byte, unsigned.
	 */
	private static int compareBinaries(Object a, Object b) {
		int byLength = Integer.compare(binaryLength(a), binaryLength(b));
		if (byLength != 0) {
			return byLength;
		}
		boolean uuid = a instanceof UUID;
		if (uuid != (b instanceof UUID)) {
			return uuid ? 1 : -1;
		}
		if (uuid) {
			UUID x = (UUID) a;
			UUID y = (UUID) b;
			int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
			return (high != 0) ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
		}
		return Arrays.compareUnsigned(((BinData) a).getData(), ((BinData) b).getData());
	}

	private static int binaryLength(Object binary) {
		return (binary instanceof BinData data) ? data.getData().length : UUID_BYTES;
	}

	/**
	 * Value by value, then the shorter first: a key's values, or an array's elements
	 * (MongoDB compares an array as the document of its elements by index).
	 */
	private static int compareInOrder(Iterable<?> a, Iterable<?> b) {
		Iterator<?> left = a.iterator();
		Iterator<?> right = b.iterator();
		while (left.hasNext() && right.hasNext()) {
			int byValue = compareValues(left.next(), right.next());
			if (byValue != 0) {
				return byValue;
			}
		}
		return Boolean.compare(left.hasNext(), right.hasNext());
	}

	/**
	 * What the stock backend did for every key: compare the Java serialisations, here
	 * only of two values of the same class.
	 */
	private static int compareOthers(Object a, Object b) {
		int byClass = a.getClass().getName().compareTo(b.getClass().getName());
		if (byClass != 0) {
			return byClass;
		}
		return Arrays.compareUnsigned(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
	}

}
