package uk.gov.dorsetcouncil.edu.attendance.connector.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolConnection;
import uk.gov.dorsetcouncil.edu.attendance.connector.SchoolSync;
import uk.gov.dorsetcouncil.edu.attendance.connector.http.HttpSchoolDataFeed;
import uk.gov.dorsetcouncil.edu.attendance.connector.store.MongoFeedStates;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterTaking;
import uk.gov.dorsetcouncil.edu.attendance.roll.RollKeeping;

/**
 * Wires the MIS connector: the HTTP feed with its breakers and retries, the feed states,
 * and one cron-triggered run per school on its own scheduler thread pool.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConnectorProperties.class)
public class ConnectorConfiguration {

	@Bean
	HttpSchoolDataFeed schoolDataFeed(ConnectorProperties properties) {
		return new HttpSchoolDataFeed(new HttpSchoolDataFeed.Settings(properties.connectTimeout(),
				properties.requestTimeout(), properties.pageSize(), properties.maxPages(),
				properties.retry().maxAttempts(), properties.retry().initialBackoff(), properties.retry().multiplier(),
				properties.retry().maxBackoff(), properties.breaker().slidingWindowSize(),
				properties.breaker().minimumCalls(), properties.breaker().failureRatePercent(),
				properties.breaker().waitInOpenState()));
	}

	@Bean
	MongoFeedStates feedStates(MongoDatabase database) {
		return new MongoFeedStates(database);
	}

	@Bean
	SchoolSync schoolSync(ConnectorProperties properties, HttpSchoolDataFeed feed, MongoFeedStates states,
			RollKeeping roll, RegisterTaking registers, Environment environment, Clock clock) {
		List<SchoolConnection> connections = properties.schools()
			.entrySet()
			.stream()
			.map((entry) -> new SchoolConnection(entry.getKey(), entry.getValue().baseUrl(),
					entry.getValue().credentialRef(), entry.getValue().schedule()))
			.toList();
		// The credential reference names a property or environment variable (a mounted
		// secret in production); the token itself never sits in configuration files.
		return new SchoolSync(connections, feed, states, roll, registers,
				(ref) -> Optional.ofNullable(environment.getProperty(ref)).filter((token) -> !token.isBlank()),
				properties.staleAfter(), clock);
	}

	@Bean
	SmartLifecycle connectorSchedule(ConnectorProperties properties, SchoolSync sync) {
		return new ConnectorSchedule(properties.scheduled(), sync);
	}

	/** Starts one cron trigger per configured school once the application is up. */
	static final class ConnectorSchedule implements SmartLifecycle {

		private final boolean enabled;

		private final SchoolSync sync;

		private ThreadPoolTaskScheduler scheduler;

		ConnectorSchedule(boolean enabled, SchoolSync sync) {
			this.enabled = enabled;
			this.sync = sync;
		}

		@Override
		public void start() {
			if (!this.enabled || this.sync.connections().isEmpty()) {
				return;
			}
			this.scheduler = new ThreadPoolTaskScheduler();
			this.scheduler.setPoolSize(Math.min(4, this.sync.connections().size()));
			this.scheduler.setThreadNamePrefix("mis-connector-");
			this.scheduler.initialize();
			for (SchoolConnection connection : this.sync.connections()) {
				this.scheduler.schedule(() -> this.sync.syncScheduled(connection.urn()),
						new CronTrigger(connection.schedule(), ZoneId.of("Europe/London")));
			}
		}

		@Override
		public void stop() {
			if (this.scheduler != null) {
				this.scheduler.shutdown();
				this.scheduler = null;
			}
		}

		@Override
		public boolean isRunning() {
			return this.scheduler != null;
		}

	}

}
