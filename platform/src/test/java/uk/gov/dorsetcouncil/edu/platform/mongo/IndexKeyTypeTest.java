package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexKeyTypeTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("uk.gov.dorsetcouncil.edu.platform.mongo.IndexKeyValues#pairs")
	void aKeyReadBackIsEqualToTheKeyWrittenAndOfTheSameClasses(String pair, Object a, Object b) {
		for (KeyValue key : List.of(new KeyValue(Arrays.asList(a, b)), new KeyValue(Arrays.asList(a)).normalized())) {
			KeyValue read = readBack(key);
			assertThat(read).isEqualTo(key);
			assertThat(IndexKeyOrder.compare(read, key)).isZero();
			assertThat(read.stream().map(IndexKeyTypeTest::className).toList())
				.isEqualTo(key.stream().map(IndexKeyTypeTest::className).toList());
		}
	}

	@Test
	void generatedKeysReadBackEqual() {
		for (KeyValue key : IndexKeyValues.randomKeys(7, 2_000)) {
			// The singletons compare as one value (IndexKeyOrderTest); the rest is equal.
			assertThat(IndexKeyOrder.compare(readBack(key), key)).as("%s", key).isZero();
		}
	}

	@Test
	void aUpnKeyTakesAFewBytesInsteadOfItsJavaSerialisation() {
		KeyValue key = new KeyValue("A838000000001", 1.0);
		int compact = bytes(key).length;
		WriteBuffer serialised = new WriteBuffer();
		new ObjectDataType().write(serialised, key);
		assertThat(compact).isEqualTo(1 + 1 + (1 + 1 + 13) + (1 + 8));
		assertThat(serialised.position()).isGreaterThan(8 * compact);
	}

	@Test
	void theStockBackendsKeyTypeRefusesTheseKeysRatherThanMisreadingThem() {
		// A converted file opened by an older version of the platform fails to open.
		ByteBuffer written = ByteBuffer.wrap(bytes(new KeyValue("A838000000001")));
		assertThatThrownBy(() -> new ObjectDataType().read(written)).hasMessageContaining("Unknown tag");
	}

	@Test
	void aKeyOfTheOldFormatIsRefusedRatherThanMisread() {
		WriteBuffer serialised = new WriteBuffer();
		new ObjectDataType().write(serialised, new KeyValue("A838000000001"));
		ByteBuffer old = serialised.getBuffer().flip();
		assertThatThrownBy(() -> IndexKeyType.INSTANCE.read(old)).hasMessageContaining("ADR 0022");
	}

	private static KeyValue readBack(KeyValue key) {
		return IndexKeyType.INSTANCE.read(ByteBuffer.wrap(bytes(key)));
	}

	private static byte[] bytes(KeyValue key) {
		WriteBuffer buffer = new WriteBuffer();
		IndexKeyType.INSTANCE.write(buffer, key);
		ByteBuffer written = buffer.getBuffer().flip();
		byte[] bytes = new byte[written.remaining()];
		written.get(bytes);
		return bytes;
	}

	/** Of a list, only that it is one: the engine's equals takes any list for another. */
	private static String className(Object value) {
		if (value instanceof List) {
			return "a list";
		}
		return (value != null) ? value.getClass().getName() : "null";
	}

}
