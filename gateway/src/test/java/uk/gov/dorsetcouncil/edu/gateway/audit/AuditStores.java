package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;

/**
 * The gateway's audit store on the embedded engine, in memory or on an H2 file, for tests
 * of the writer and the chains; and a store that fails or stalls on the inserts a test
 * picks.
 */
final class AuditStores implements AutoCloseable {

	private final EmbeddedMongo server;

	private final MongoClient client;

	private final Path folder;

	private boolean serverStopped;

	private AuditStores(EmbeddedMongo server, MongoClient client, Path folder) {
		this.server = server;
		this.client = client;
		this.folder = folder;
	}

	/**
	 * @param backend {@code memory} or {@code h2}
	 */
	static AuditStores start(String backend) {
		try {
			Path folder = backend.equals("h2") ? Files.createTempDirectory("audit-h2") : null;
			EmbeddedMongo server = EmbeddedMongo
				.start(new MongoSettings(null, "gateway", folder, !backend.equals("h2")));
			return new AuditStores(server, MongoClients.create(server.connectionString()), folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	MongoDatabase database() {
		return this.client.getDatabase("gateway");
	}

	MongoAuditStore store() {
		return new MongoAuditStore(database());
	}

	String connectionString() {
		return this.server.connectionString();
	}

	/** Stops the store, as a database that goes away does; the client stays. */
	void stopServer() {
		if (!this.serverStopped) {
			this.serverStopped = true;
			this.server.close();
		}
	}

	@Override
	public void close() {
		this.client.close();
		stopServer();
		if (this.folder != null) {
			try (var files = Files.walk(this.folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary folder; the operating system clears it
			}
		}
	}

	/**
	 * A store whose inserts are counted and can be made to fail (after inserting a number
	 * of the batch's records first, as a connection lost mid-write would) or to wait.
	 */
	static final class Faulty implements AuditStore {

		private final AuditStore store;

		final AtomicInteger inserts = new AtomicInteger();

		final AtomicInteger largestBatch = new AtomicInteger();

		volatile IntPredicate failInsert = insert -> false;

		volatile int insertedBeforeFailing;

		volatile List<AuditRecord> failedBatch = List.of();

		volatile CountDownLatch gate = new CountDownLatch(0);

		Faulty(AuditStore store) {
			this.store = store;
		}

		@Override
		public ChainHead head(String chain) {
			return this.store.head(chain);
		}

		@Override
		public void register(String chain) {
			this.store.register(chain);
		}

		@Override
		public String hashOf(String chain, long sequence) {
			return this.store.hashOf(chain, sequence);
		}

		@Override
		public void insert(List<AuditRecord> records) {
			int insert = this.inserts.incrementAndGet();
			this.largestBatch.accumulateAndGet(records.size(), Math::max);
			try {
				if (!this.gate.await(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never opened the gate");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (this.failInsert.test(insert)) {
				this.failedBatch = List.copyOf(records);
				int before = Math.min(this.insertedBeforeFailing, records.size());
				if (before > 0) {
					this.store.insert(records.subList(0, before));
				}
				throw new IllegalStateException("the store stopped answering");
			}
			this.store.insert(records);
		}

		@Override
		public void moveHead(String chain, long sequence, String hash) {
			this.store.moveHead(chain, sequence, hash);
		}

	}

}
