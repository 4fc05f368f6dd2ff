package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The engines whose answers the durable store's are compared with, on a file of their
 * own.
 */
enum EmbeddedEngine {

	/** mongo-java-server's memory backend: unique indexes are hash maps of keys. */
	MEMORY,
	/** mongo-java-server's H2 backend: index keys ordered by their Java serialisation. */
	STOCK_H2,
	/** The platform's store (ADR 0016, ADR 0022). */
	DURABLE_H2;

	MongoBackend open(Path file) {
		return switch (this) {
			case MEMORY -> new MemoryBackend();
			case STOCK_H2 -> new H2Backend(file.toString());
			case DURABLE_H2 -> DurableH2Backend.open(file, true);
		};
	}

	/**
	 * Starts the engine on {@code file}, does {@code work} through the driver, and stops
	 * it.
	 */
	<T> T with(Path file, Function<MongoClient, T> work) {
		MongoServer server = new MongoServer(open(file));
		try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
			return work.apply(client);
		}
		finally {
			server.shutdown();
		}
	}

}
