package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
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
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store's unique indexes hold their keys (ADR 0022): in
 * {@link IndexKeyOrder}, and on the disk in a compact form of their own.
 * <p>
 * mongo-java-server opens its index maps with H2's default {@link ObjectDataType}, which
 * compares a key that is not {@link Comparable} (its {@link KeyValue} is not) by Java
 * serialising both keys on every comparison, and writes and reads every key of a page by
 * Java serialisation as well (some 200 bytes for a one-string key). Here a key is a
 * format byte, its number of values and each value as a tag and its bytes; a value of a
 * kind this form does not know is written as its Java serialisation, as
 * {@code ObjectDataType} would. Reading gives back values of the same classes, equal to
 * those written (Missing, MinKey and MaxKey as their one instance).
 * <p>
 * The format byte is one that {@code ObjectDataType} refuses: a file whose indexes were
 * converted, opened by the stock backend (an older version of the platform), fails to
 * open instead of searching its indexes in the wrong order.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

	static final IndexKeyType INSTANCE = new IndexKeyType();

	/** First byte of every key; {@code ObjectDataType} has no tag 0x7E. */
	static final byte FORMAT = 0x7E;

	private static final byte NULL = 0;

	private static final byte MISSING = 1;

	private static final byte MIN_KEY = 2;

	private static final byte MAX_KEY = 3;

	private static final byte FALSE = 4;

	private static final byte TRUE = 5;

	private static final byte DOUBLE = 6;

	private static final byte LONG = 7;

	private static final byte INTEGER = 8;

	private static final byte STRING = 9;

	private static final byte OBJECT_ID = 10;

	private static final byte DATE = 11;

	private static final byte DOCUMENT = 12;

	private static final byte ARRAY = 13;

	private static final byte BINARY = 14;

	private static final byte UUID_VALUE = 15;

	private static final byte SERIALIZED = 16;

	private static final int OBJECT_ID_BYTES = 12;

	private IndexKeyType() {
	}

	/** The builder of an index map: these keys, H2's default values (the positions). */
	static MVMap.Builder<KeyValue, Object> mapBuilder() {
		return new MVMap.Builder<KeyValue, Object>().keyType(INSTANCE);
	}

	@Override
	public int compare(KeyValue a, KeyValue b) {
		return IndexKeyOrder.compare(a, b);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

	/** An estimate of the heap a key takes, for the store's cache and page sizes. */
	@Override
	public int getMemory(KeyValue key) {
		int memory = 64;
		for (Object value : key) {
			memory += 4 + memory(value);
		}
		return memory;
	}

	private static int memory(Object value) {
		if (value instanceof String string) {
			return 40 + string.length();
		}
		if (value == null || value instanceof Boolean || value instanceof Missing || value instanceof MinKey
				|| value instanceof MaxKey) {
			return 0;
		}
		if (value instanceof Number || value instanceof Instant) {
			return 24;
		}
		if (value instanceof Document document) {
			int memory = 80;
			for (Map.Entry<String, Object> field : document.entrySet()) {
				memory += 48 + memory(field.getKey()) + memory(field.getValue());
			}
			return memory;
		}
		if (value instanceof List<?> list) {
			int memory = 40;
			for (Object element : list) {
				memory += 4 + memory(element);
			}
			return memory;
		}
		if (value instanceof BinData binary) {
			return 32 + binary.getData().length;
		}
		return 64;
	}

	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		buffer.put(FORMAT).putVarInt(key.size());
		for (Object value : key) {
			writeValue(buffer, value);
		}
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		byte format = buffer.get();
		if (format != FORMAT) {
			throw new IllegalStateException("An index key of the embedded store is not in the format of ADR 0022 "
					+ "(first byte " + format + "); was the index converted?");
		}
		int size = DataUtils.readVarInt(buffer);
		List<Object> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(readValue(buffer));
		}
		return new KeyValue(values);
	}

	private static void writeValue(WriteBuffer buffer, Object value) {
		switch (IndexKeyOrder.Kind.of(value)) {
			case STRING -> writeString(buffer.put(STRING), (String) value);
			case NUMBER -> {
				if (value instanceof Double number) {
					buffer.put(DOUBLE).putLong(Double.doubleToLongBits(number));
				}
				else if (value instanceof Long number) {
					buffer.put(LONG).putLong(number);
				}
				else {
					buffer.put(INTEGER).putInt((Integer) value);
				}
			}
			case NULL -> buffer.put(NULL);
			case BOOLEAN -> buffer.put(((Boolean) value) ? TRUE : FALSE);
			case OBJECT_ID -> buffer.put(OBJECT_ID).put(((ObjectId) value).toByteArray());
			case DATE -> {
				Instant instant = (Instant) value;
				buffer.put(DATE).putLong(instant.getEpochSecond()).putInt(instant.getNano());
			}
			case DOCUMENT -> {
				Document document = (Document) value;
				buffer.put(DOCUMENT).putVarInt(document.size());
				for (Map.Entry<String, Object> field : document.entrySet()) {
					writeString(buffer, field.getKey());
					writeValue(buffer, field.getValue());
				}
			}
			case ARRAY -> {
				List<?> list = (List<?>) value;
				buffer.put(ARRAY).putVarInt(list.size());
				for (Object element : list) {
					writeValue(buffer, element);
				}
			}
			case BINARY -> {
				if (value instanceof UUID uuid) {
					buffer.put(UUID_VALUE)
						.putLong(uuid.getMostSignificantBits())
						.putLong(uuid.getLeastSignificantBits());
				}
				else {
					byte[] data = ((BinData) value).getData();
					buffer.put(BINARY).putVarInt(data.length).put(data);
				}
			}
			case MISSING -> buffer.put(MISSING);
			case MIN_KEY -> buffer.put(MIN_KEY);
			case MAX_KEY -> buffer.put(MAX_KEY);
			case OTHER -> {
				byte[] data = ObjectDataType.serialize(value);
				buffer.put(SERIALIZED).putVarInt(data.length).put(data);
			}
		}
	}

	private static Object readValue(ByteBuffer buffer) {
		byte tag = buffer.get();
		return switch (tag) {
			case STRING -> DataUtils.readString(buffer);
			case DOUBLE -> Double.longBitsToDouble(buffer.getLong());
			case LONG -> buffer.getLong();
			case INTEGER -> buffer.getInt();
			case NULL -> null;
			case FALSE -> Boolean.FALSE;
			case TRUE -> Boolean.TRUE;
			case OBJECT_ID -> {
				byte[] data = new byte[OBJECT_ID_BYTES];
				buffer.get(data);
				yield new ObjectId(data);
			}
			case DATE -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
			case DOCUMENT -> {
				int size = DataUtils.readVarInt(buffer);
				Document document = new Document();
				for (int i = 0; i < size; i++) {
					String name = DataUtils.readString(buffer);
					document.put(name, readValue(buffer));
				}
				yield document;
			}
			case ARRAY -> {
				int size = DataUtils.readVarInt(buffer);
				List<Object> list = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					list.add(readValue(buffer));
				}
				yield list;
			}
			case BINARY -> {
				byte[] data = new byte[DataUtils.readVarInt(buffer)];
				buffer.get(data);
				yield new BinData(data);
			}
			case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
			case MISSING -> Missing.getInstance();
			case MIN_KEY -> MinKey.getInstance();
			case MAX_KEY -> MaxKey.getInstance();
			case SERIALIZED -> {
				byte[] data = new byte[DataUtils.readVarInt(buffer)];
				buffer.get(data);
				yield ObjectDataType.deserialize(data);
			}
			default -> throw new IllegalStateException("Unknown value tag " + tag + " in an index key");
		};
	}

	/**
	 * As H2 writes strings: the length in characters, then each UTF-16 unit in 1 to 3
	 * bytes.
	 */
	private static void writeString(WriteBuffer buffer, String string) {
		buffer.putVarInt(string.length()).putStringData(string, string.length());
	}

}
