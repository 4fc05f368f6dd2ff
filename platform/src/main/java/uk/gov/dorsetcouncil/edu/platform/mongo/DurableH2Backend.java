package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, acknowledging a write only once it is in the file
 * (ADR 0016). The stock backend lets the MVStore commit in the background about once a
 * second, so a write was answered up to a second before it reached the file and a process
 * crash lost it. Here the store never commits by itself; {@link GroupCommit} commits for
 * the write commands, and each write's reply waits for the commit that holds it
 * ({@link ReplyAfterCommit}). Reads are answered at once and see every write already
 * made, answered or not.
 */
final class DurableH2Backend extends H2Backend {

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
		return new DurableH2Backend(store, fsync);
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

}
