package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store used when no {@code MONGODB_URI} is given: mongo-java-server on a
 * loopback port, backed by an H2 MVStore file so that data survives a restart (or by
 * memory, for tests). It speaks the MongoDB wire protocol, so the service code is the
 * same on both. On the file, a write is answered only once it is in the file (and forced
 * to the disk unless {@code dorset.mongo.fsync=false}), so a crash of the process loses
 * no acknowledged write (ADR 0016).
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final MongoServer server;

	private final String connectionString;

	private EmbeddedMongo(MongoServer server, String connectionString) {
		this.server = server;
		this.connectionString = connectionString;
	}

	public static EmbeddedMongo start(MongoSettings settings) {
		MongoServer server;
		if (settings.inMemory()) {
			server = new MongoServer(new MemoryBackend());
		}
		else {
			Path file = settings.dataDir().resolve(settings.database() + ".mv").toAbsolutePath();
			try {
				Files.createDirectories(file.getParent());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the data folder " + file.getParent()
						+ " (set dorset.mongo.data-dir or DORSET_DATA_DIR to a writable folder)", ex);
			}
			server = new MongoServer(DurableH2Backend.open(file, settings.fsync()));
			log.info("Embedded MongoDB store for '{}' at {} (writes acknowledged once in the file{})",
					settings.database(), file, settings.fsync() ? " and forced to the disk" : "");
		}
		String connectionString = server.bindAndGetConnectionString();
		return new EmbeddedMongo(server, connectionString);
	}

	public String connectionString() {
		return this.connectionString;
	}

	@Override
	public void close() {
		this.server.shutdown();
	}

}
