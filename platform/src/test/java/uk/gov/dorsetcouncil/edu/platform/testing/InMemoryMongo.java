package uk.gov.dorsetcouncil.edu.platform.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;

/**
 * The embedded store in memory for a test class
 * ({@code @RegisterExtension static InMemoryMongo mongo = new InMemoryMongo("name")}),
 * with an empty database for each test.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

	private final String name;

	private EmbeddedMongo server;

	private MongoClient client;

	public InMemoryMongo(String name) {
		this.name = name;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.server = EmbeddedMongo.start(new MongoSettings(null, this.name, null, true));
		this.client = MongoClients.create(this.server.connectionString());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.client.close();
		this.server.close();
	}

	/** The database, emptied. */
	public MongoDatabase emptyDatabase() {
		MongoDatabase database = this.client.getDatabase(this.name);
		database.drop();
		return database;
	}

}
