package uk.gov.dorsetcouncil.edu.platform.mongo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when the service's database answers a ping. */
public class MongoHealthIndicator extends AbstractHealthIndicator {

	private final MongoDatabase database;

	private final boolean embedded;

	public MongoHealthIndicator(MongoDatabase database, boolean embedded) {
		this.database = database;
		this.embedded = embedded;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.database.runCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.database.getName()).withDetail("embedded", this.embedded);
	}

}
