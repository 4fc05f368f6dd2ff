package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.ArrayList;
import java.util.List;
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
 * marked at once.
 * <p>
 * A crash at any moment leaves every index and document: the copies are committed as they
 * grow (so that a large index need not be held in memory whole), under names of their own
 * that neither the stock backend nor this one opens as an index, while the old maps stay
 * as they were. Only the last commit swaps the copies in and marks the file, all at once;
 * the store never commits by itself (ADR 0016). A start after a crash finds the file
 * unmarked, drops the copies left over and converts again.
 */
final class IndexKeyUpgrade {

	/** The store version of a file whose unique indexes are in the format of ADR 0022. */
	static final int ORDERED_KEYS = 1;

	/** Entries copied between two commits of a conversion: some tens of megabytes. */
	static final int ENTRIES_PER_COMMIT = 100_000;

	/**
	 * What mongo-java-server's {@code H2Database} puts between a collection's namespace
	 * and an index's name to name the index's map.
	 */
	private static final String INDEX_MAP = "._index_";

	/**
	 * Where an index is rebuilt before it takes its old map's name; no database's maps
	 * begin so.
	 */
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
		return mapName.contains(INDEX_MAP) && !mapName.startsWith(REBUILDING);
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
		int converted = convertIndexMaps(store, ENTRIES_PER_COMMIT);
		store.setStoreVersion(ORDERED_KEYS);
		store.commit();
		return converted;
	}

	/**
	 * Rebuilds every index map in {@link IndexKeyOrder}, committing the copies every
	 * {@code entriesPerCommit} entries, and swaps them in without committing: until the
	 * store commits, its index maps in the file are as they were.
	 * @return the number of index maps converted
	 */
	static int convertIndexMaps(MVStore store, int entriesPerCommit) {
		for (String name : store.getMapNames()) {
			if (name.startsWith(REBUILDING)) {
				// Left by a conversion cut short.
				store.removeMap(store.openMap(name, IndexKeyType.mapBuilder()));
			}
		}
		List<MVMap<Object, Object>> olds = new ArrayList<>();
		List<MVMap<KeyValue, Object>> copies = new ArrayList<>();
		Progress progress = new Progress(store, entriesPerCommit);
		for (String name : new TreeSet<>(store.getMapNames())) {
			if (!isIndexMap(name)) {
				continue;
			}
			// H2's default types, as the stock backend opened every map. A map whose keys
			// are not index keys (a collection named "x._index_y") stays so, as the
			// backend opens it too.
			MVMap<Object, Object> map = store.openMap(name);
			if (map.isEmpty() || map.firstKey() instanceof KeyValue) {
				olds.add(map);
				copies.add(copy(store, name, map, progress));
			}
		}
		for (int i = 0; i < olds.size(); i++) {
			String name = olds.get(i).getName();
			store.removeMap(olds.get(i));
			store.renameMap(copies.get(i), name);
		}
		return olds.size();
	}

	private static MVMap<KeyValue, Object> copy(MVStore store, String name, MVMap<Object, Object> bySerialisedBytes,
			Progress progress) {
		MVMap<KeyValue, Object> ordered = store.openMap(REBUILDING + name, IndexKeyType.mapBuilder());
		for (Cursor<Object, Object> entries = bySerialisedBytes.cursor(null); entries.hasNext();) {
			KeyValue key = (KeyValue) entries.next();
			if (ordered.putIfAbsent(key, entries.getValue()) != null) {
				// Two keys with different serialisations that the engine holds equal: the
				// index was already broken. Refuse rather than drop a document's key.
				throw new IllegalStateException(
						"The unique index map " + name + " of the embedded store holds the key " + key + " twice");
			}
			progress.copied();
		}
		return ordered;
	}

	/** Commits the copies every so many entries. */
	private static final class Progress {

		private final MVStore store;

		private final int entriesPerCommit;

		private int sinceCommit;

		Progress(MVStore store, int entriesPerCommit) {
			this.store = store;
			this.entriesPerCommit = entriesPerCommit;
		}

		void copied() {
			if (++this.sinceCommit >= this.entriesPerCommit) {
				this.store.commit();
				this.sinceCommit = 0;
			}
		}

	}

}
