package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.TreeSet;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Brings a store file written before ADR 0022 to its unique index format, once, when the
 * store is opened and before the server takes connections.
 * <p>
 * Until then mongo-java-server's index maps were ordered by the bytes of their keys' Java
 * serialisation. A B-tree searched in another order than the one it was built in misses
 * keys, so every index map is rebuilt in {@link IndexKeyOrder}: its entries are copied
 * into a new map of {@link IndexKeyType}, which then takes the old one's name. The file
 * is marked with the MVStore's own store version ({@value #ORDERED_KEYS}); a new file is
 * marked at once. The conversion and the mark are one commit: the store never commits by
 * itself (ADR 0016), so a crash during the conversion leaves the file as it was, and the
 * next start converts again.
 */
final class IndexKeyUpgrade {

	/** The store version of a file whose unique indexes are in the format of ADR 0022. */
	static final int ORDERED_KEYS = 1;

	/**
	 * What mongo-java-server's {@code H2Database} puts between a collection's namespace
	 * and an index's name to name the index's map.
	 */
	private static final String INDEX_MAP = "._index_";

	/** Where an index is rebuilt before it takes its old map's name. */
	private static final String REBUILDING = "$rebuilding.";

	private IndexKeyUpgrade() {
	}

	/**
	 * The name of the map of index {@code indexName} of the collection {@code namespace}.
	 */
	static String indexMapName(String namespace, String indexName) {
		return namespace + INDEX_MAP + indexName;
	}

	/** Whether a map of the store is the map of a unique index, by its name. */
	static boolean isIndexMap(String mapName) {
		return mapName.contains(INDEX_MAP);
	}

	/**
	 * Converts the store's index maps if it is older than ADR 0022, marks it, and
	 * commits.
	 * @return the number of index maps converted
	 * @throws IllegalStateException if a newer version of the platform wrote the file
	 */
	static int apply(MVStore store) {
		int version = store.getStoreVersion();
		if (version == ORDERED_KEYS) {
			return 0;
		}
		if (version != 0) {
			throw new IllegalStateException("The embedded store file has store version " + version
					+ ", written by a newer version of the platform; this one reads version " + ORDERED_KEYS
					+ " and older");
		}
		int converted = convertIndexMaps(store);
		store.setStoreVersion(ORDERED_KEYS);
		store.commit();
		return converted;
	}

	/**
	 * Rebuilds every index map in {@link IndexKeyOrder}, without committing: until the
	 * store commits, its file is as it was.
	 * @return the number of index maps converted
	 */
	static int convertIndexMaps(MVStore store) {
		int converted = 0;
		for (String name : new TreeSet<>(store.getMapNames())) {
			if (!isIndexMap(name)) {
				continue;
			}
			// H2's default types, as the stock backend opened every map. A map whose keys
			// are not index keys (a collection named "x._index_y") stays so, as the
			// backend opens it too.
			MVMap<Object, Object> map = store.openMap(name);
			if (map.isEmpty() || map.firstKey() instanceof KeyValue) {
				rebuild(store, name, map);
				converted++;
			}
		}
		return converted;
	}

	private static void rebuild(MVStore store, String name, MVMap<Object, Object> bySerialisedBytes) {
		MVMap<KeyValue, Object> ordered = store.openMap(REBUILDING + name, IndexKeyType.mapBuilder());
		for (Cursor<Object, Object> entries = bySerialisedBytes.cursor(null); entries.hasNext();) {
			KeyValue key = (KeyValue) entries.next();
			if (ordered.putIfAbsent(key, entries.getValue()) != null) {
				// Two keys with different serialisations that the engine holds equal: the
				// index was already broken. Refuse rather than drop a document's key.
				throw new IllegalStateException(
						"The unique index map " + name + " of the embedded store holds the key " + key + " twice");
			}
		}
		store.removeMap(bySerialisedBytes);
		store.renameMap(ordered, name);
	}

}
