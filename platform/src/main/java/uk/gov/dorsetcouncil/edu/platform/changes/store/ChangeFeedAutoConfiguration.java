package uk.gov.dorsetcouncil.edu.platform.changes.store;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import uk.gov.dorsetcouncil.edu.platform.changes.ChangeFeedSettings;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeVisibility;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.ChangeFeedGrpcService;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoAutoConfiguration;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;

/**
 * A service's change feed when {@code dorset.changes.enabled=true}: the feed in its
 * database, the relay (with a sweep of the outbox collections at start, and periodically
 * on MongoDB), the retention, and {@code dorset.changes.v1.ChangeFeed} on its gRPC server
 * (Spring gRPC serves every service bean).
 */
@AutoConfiguration(after = MongoAutoConfiguration.class)
@ConditionalOnProperty(prefix = "dorset.changes", name = "enabled", havingValue = "true")
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(ChangeFeedSettings.class)
public class ChangeFeedAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeedAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	MongoChangeFeed mongoChangeFeed(MongoDatabase database, ObjectProvider<Clock> clock) {
		return new MongoChangeFeed(database, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	@ConditionalOnMissingBean
	ChangeRelay changeRelay(MongoChangeFeed feed) {
		return new ChangeRelay(feed);
	}

	@Bean
	@ConditionalOnMissingBean
	ChangeVisibility changeVisibility() {
		return ChangeVisibility.byOrganisation();
	}

	@Bean
	ChangeFeedGrpcService changeFeedGrpcService(MongoChangeFeed feed, ChangeVisibility visibility) {
		return new ChangeFeedGrpcService(feed, visibility);
	}

	@Bean(destroyMethod = "close")
	FeedUpkeep changeFeedUpkeep(MongoChangeFeed feed, ChangeRelay relay, MongoDatabase database,
			ChangeFeedSettings settings, MongoSettings mongo, ObjectProvider<Clock> clock) {
		return new FeedUpkeep(feed, relay, database, settings, !mongo.embedded(),
				clock.getIfAvailable(Clock::systemUTC));
	}

	/** The sweep at start, then the periodic retention (and sweep on MongoDB). */
	public static final class FeedUpkeep implements AutoCloseable {

		private final ScheduledExecutorService timer;

		FeedUpkeep(MongoChangeFeed feed, ChangeRelay relay, MongoDatabase database, ChangeFeedSettings settings,
				boolean sweepWhileRunning, Clock clock) {
			Runnable sweep = () -> settings.outboxCollections()
				.forEach((collection) -> relay.sweep(database.getCollection(collection)));
			sweep.run();
			this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "change-feed-upkeep");
				thread.setDaemon(true);
				return thread;
			});
			long prune = settings.pruneEvery().toMillis();
			this.timer.scheduleWithFixedDelay(
					() -> guarded("delete entries past the retention",
							() -> feed.prune(clock.instant().minus(settings.retention()))),
					prune, prune, TimeUnit.MILLISECONDS);
			if (sweepWhileRunning) {
				long every = settings.sweepEvery().toMillis();
				this.timer.scheduleWithFixedDelay(() -> guarded("relay pending changes", sweep), every, every,
						TimeUnit.MILLISECONDS);
			}
		}

		private static void guarded(String what, Runnable task) {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("could not {}; trying again at the next round", what, ex);
			}
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

}
