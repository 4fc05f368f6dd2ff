package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service keeps its data.
 *
 * @param uri a MongoDB connection string ({@code MONGODB_URI}); when empty the service
 * runs an embedded mongo-java-server
 * @param database the service's own database
 * @param dataDir the folder for the embedded store's file ({@code DORSET_DATA_DIR})
 * @param inMemory keep the embedded store in memory only (tests)
 */
@ConfigurationProperties("dorset.mongo")
public record MongoSettings(String uri, String database, Path dataDir, boolean inMemory) {

	public MongoSettings {
		if (database == null || database.isBlank()) {
			throw new IllegalStateException("Set dorset.mongo.database: each service names its own MongoDB database");
		}
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

	public boolean embedded() {
		return this.uri == null || this.uri.isBlank();
	}

}
