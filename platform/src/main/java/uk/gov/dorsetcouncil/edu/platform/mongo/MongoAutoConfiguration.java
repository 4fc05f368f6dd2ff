package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * One {@link MongoDatabase} per service: the MongoDB given by {@code dorset.mongo.uri}
 * ({@code MONGODB_URI}) with majority, journaled writes, or else an embedded store.
 */
@AutoConfiguration
@ConditionalOnProperty("dorset.mongo.database")
@EnableConfigurationProperties(MongoSettings.class)
public class MongoAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	EmbeddedOrNone embeddedMongo(MongoSettings settings) {
		return new EmbeddedOrNone(settings.embedded() ? EmbeddedMongo.start(settings) : null);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	MongoClient mongoClient(MongoSettings settings, EmbeddedOrNone embedded) {
		String uri = settings.embedded() ? embedded.server().connectionString() : settings.uri();
		MongoClientSettings.Builder builder = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(uri))
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS));
		if (!settings.embedded()) {
			// Every acknowledged write is on a majority of the replica set and in its
			// journal.
			builder.writeConcern(WriteConcern.MAJORITY.withJournal(true));
		}
		return MongoClients.create(builder.build());
	}

	@Bean
	@ConditionalOnMissingBean
	MongoDatabase mongoDatabase(MongoClient client, MongoSettings settings) {
		return client.getDatabase(settings.database());
	}

	@Bean
	MongoHealthIndicator mongoHealthIndicator(MongoDatabase database, MongoSettings settings) {
		return new MongoHealthIndicator(database, settings.embedded());
	}

	/** Holds the embedded server when there is one, so that it stops after the client. */
	public record EmbeddedOrNone(EmbeddedMongo server) implements AutoCloseable {

		@Override
		public void close() {
			if (this.server != null) {
				this.server.close();
			}
		}

	}

}
