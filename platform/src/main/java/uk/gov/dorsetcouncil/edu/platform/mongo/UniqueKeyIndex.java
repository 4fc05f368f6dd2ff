package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.List;
import java.util.Map.Entry;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the embedded H2 store over a map whose keys are in
 * {@link IndexKeyOrder} ({@link IndexKeyType}, ADR 0022). It does what
 * mongo-java-server's {@code H2UniqueIndex} does, whose constructor is not public: a key
 * maps to the position of its document (the document's {@code _id} in the collection's
 * map, {@link Missing} for a null one), sparse indexes and key checks are
 * {@link AbstractUniqueIndex}'s, and the count is the map's size.
 */
final class UniqueKeyIndex extends AbstractUniqueIndex<Object> {

	private final MVMap<KeyValue, Object> map;

	UniqueKeyIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.map = map;
	}

	@Override
	protected Object removeDocument(KeyValue keyValue) {
		return this.map.remove(keyValue);
	}

	@Override
	protected boolean putKeyPosition(KeyValue keyValue, Object position) {
		return this.map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Entry<KeyValue, Object>> getIterable() {
		return this.map.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue keyValue) {
		return this.map.get(keyValue);
	}

	@Override
	public long getCount() {
		return this.map.sizeAsLong();
	}

	@Override
	public boolean isEmpty() {
		return this.map.isEmpty();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

}
