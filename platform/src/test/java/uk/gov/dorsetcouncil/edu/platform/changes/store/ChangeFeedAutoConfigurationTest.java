package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.ChangeFeedGrpcService;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeFeedAutoConfigurationTest {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, ChangeFeedAutoConfiguration.class))
		.withPropertyValues("dorset.mongo.database=feedapp", "dorset.mongo.in-memory=true");

	@Test
	void aServiceWithoutAFeedHasNone() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(ChangeFeedGrpcService.class));
	}

	@Test
	void aServiceWithAFeedServesItAndRelaysAtStartWhatACrashLeftInItsOutbox(@TempDir Path folder) {
		ApplicationContextRunner onFile = this.runner.withPropertyValues("dorset.changes.enabled=true",
				"dorset.changes.outbox-collections=pupils", "dorset.mongo.in-memory=false",
				"dorset.mongo.data-dir=" + folder, "dorset.mongo.fsync=false");
		onFile.run((context) -> {
			assertThat(context).hasSingleBean(ChangeFeedGrpcService.class);
			// Written with its change; the process stops before the relay.
			ChangeRecordingWrites.save(context.getBean(MongoDatabase.class).getCollection("pupils"), "p1",
					new Document("name", "Ann"), 0,
					List.of(new Change("c1", "enrolment", "k", ChangeType.CREATED, Set.of(), Instant.EPOCH, Map.of())));
			assertThat(context.getBean(MongoChangeFeed.class).end()).isZero();
		});
		onFile.run((context) -> assertThat(context.getBean(MongoChangeFeed.class).end()).isEqualTo(1));
	}

}
