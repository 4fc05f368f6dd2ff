package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a service keeps its data.
 *
 * @param uri a MongoDB connection string ({@code MONGODB_URI}); when empty the service
 * runs an embedded mongo-java-server
 * @param database the service's own database
 * @param dataDir the folder for the embedded store's file ({@code DORSET_DATA_DIR})
 * @param inMemory keep the embedded store in memory only (tests)
 * @param fsync force each commit of the embedded store's file to the disk before its
 * writes are acknowledged (default true): without it an acknowledged write survives a
 * crash of the process but not of the machine (ADR 0016)
 */
@ConfigurationProperties("dorset.mongo")
public record MongoSettings(String uri, String database, Path dataDir, boolean inMemory, boolean fsync) {

	@ConstructorBinding
	public MongoSettings(String uri, String database, Path dataDir, boolean inMemory,
			@DefaultValue("true") boolean fsync) {
		if (database == null || database.isBlank()) {
			throw new IllegalStateException("Set dorset.mongo.database: each service names its own MongoDB database");
		}
		this.uri = uri;
		this.database = database;
		this.dataDir = (dataDir != null) ? dataDir : Path.of("data");
		this.inMemory = inMemory;
		this.fsync = fsync;
	}

	/** Settings with the default fsync. */
	public MongoSettings(String uri, String database, Path dataDir, boolean inMemory) {
		this(uri, database, dataDir, inMemory, true);
	}

	public boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
