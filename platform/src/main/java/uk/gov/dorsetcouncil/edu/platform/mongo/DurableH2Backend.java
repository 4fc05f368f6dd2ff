package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 file backend, acknowledging a write only once it is in the file
 * (ADR 0016). The stock backend lets the MVStore commit in the background about once a
 * second, so a write was answered up to a second before it reached the file and a process
 * crash lost it. Here the store never commits by itself; {@link GroupCommit} commits for
 * the write commands, and each write's reply waits for the commit that holds it
 * ({@link ReplyAfterCommit}). Reads are answered at once and see every write already
 * made, answered or not.
 * <p>
 * Its unique indexes order their keys by {@link IndexKeyOrder} instead of by their Java
 * serialisation, and hold them in a compact form ({@link IndexKeyType}, ADR 0022); a file
 * written before is converted when opened ({@link IndexKeyUpgrade}).
 */
final class DurableH2Backend extends H2Backend {

	private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

	/**
	 * The most writes the driver puts in one command, as a real MongoDB advertises it
	 * (mongo-java-server advertises 1,000): a command is what a commit holds whole, so a
	 * bulk write of up to 100,000 documents is one command, not many. The driver still
	 * splits a bulk write of more than about 16 MB (the largest document, plus 16 KB)
	 * into several commands, each committed on its own.
	 */
	private static final int MAX_WRITE_BATCH_SIZE = 100_000;

	private final GroupCommit commits;

	private DurableH2Backend(MVStore store, boolean fsync) {
		super(store);
		this.commits = new GroupCommit(store, fsync);
	}

	/**
	 * Opens (or creates) the store file.
	 * @param fsync force each commit to the disk before answering its writes
	 */
	static DurableH2Backend open(Path file, boolean fsync) {
		MVStore store = new MVStore.Builder().fileName(file.toString())
			// No background commits, and none from a writer whose unsaved changes pass
			// a threshold (a large bulk write would otherwise commit half of itself).
			.autoCommitDisabled()
			.autoCommitBufferSize(0)
			.open();
		if (fsync) {
			// A chunk no commit needs any more may be reused at once: every commit is on
			// the disk before the next one can overwrite anything, and reads hold the
			// version they traverse (below). MVStore's default (45 s) assumes the disk
			// catches up within that time; with a commit per write it lets dead chunks
			// pile up to gigabytes under a steady load.
			store.setRetentionTime(0);
		}
		// Before the backend opens its databases and indexes, and before any connection.
		int converted;
		try {
			converted = IndexKeyUpgrade.apply(store);
			if (fsync) {
				store.sync();
			}
		}
		catch (RuntimeException ex) {
			store.closeImmediately();
			throw ex;
		}
		if (converted > 0) {
			log.info("Converted {} unique indexes of {} to ordered keys (ADR 0022)", converted, file);
		}
		return new DurableH2Backend(store, fsync);
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new KeyOrderedH2Database(databaseName);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if (ReadOnlyCommands.isReadOnly(command, query)) {
			// Commits go on meanwhile; the pages this read may still load from the file
			// are kept until it is over.
			MVStore.TxCounter reading = getMvStore().registerVersionUsage();
			try {
				Document answer = super.handleCommand(channel, database, command, query);
				if (answer.containsKey("maxWriteBatchSize")) {
					answer.put("maxWriteBatchSize", MAX_WRITE_BATCH_SIZE);
				}
				return answer;
			}
			finally {
				getMvStore().deregisterVersionUsage(reading);
			}
		}
		this.commits.beginWrite();
		try {
			return super.handleCommand(channel, database, command, query);
		}
		finally {
			// A command that failed part-way (an unordered bulk write with a duplicate
			// key) has still changed the store: its error waits for the commit too.
			ReplyAfterCommit.holdNextReply(channel, this.commits.endWrite());
		}
	}

	GroupCommit commits() {
		return this.commits;
	}

	@Override
	public void close() {
		this.commits.close();
		super.close();
	}

	/**
	 * mongo-java-server's H2 database with unique indexes in {@link IndexKeyOrder}. An
	 * inner class because a database opens its indexes from its constructor, before a
	 * field of its own could hold the store; the enclosing backend already holds it.
	 */
	private final class KeyOrderedH2Database extends H2Database {

		KeyOrderedH2Database(String databaseName) {
			super(databaseName, DurableH2Backend.this.getMvStore(), DurableH2Backend.this.getCursorRegistry());
		}

		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			MVMap<KeyValue, Object> map = store().openMap(
					IndexKeyUpgrade.indexMapName(getFullCollectionNamespace(collectionName), indexName),
					IndexKeyType.mapBuilder());
			return new UniqueKeyIndex(map, indexName, keys, sparse);
		}

		/**
		 * As {@code H2Database} drops a database: every map whose name begins with the
		 * database's. The index maps of a collection renamed in an earlier run are not
		 * open (mongo-java-server leaves them under the old name); opened with H2's
		 * default key type, as it would, they could not be read.
		 */
		@Override
		public void drop(Oplog oplog) {
			String database = getDatabaseName() + ".";
			store().getMapNames()
				.stream()
				.filter(name -> name.startsWith(database) && IndexKeyUpgrade.isIndexMap(name))
				.forEach(name -> store().openMap(name, IndexKeyType.mapBuilder()));
			super.drop(oplog);
		}

		private MVStore store() {
			return DurableH2Backend.this.getMvStore();
		}

	}

}
