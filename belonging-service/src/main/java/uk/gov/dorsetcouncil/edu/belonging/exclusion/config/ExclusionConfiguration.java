package uk.gov.dorsetcouncil.edu.belonging.exclusion.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.ExclusionRecording;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.AttendanceCalendar;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/** Suspensions and exclusions: the store, attendance's calendar and roll, the rules. */
@Configuration(proxyBeanMethods = false)
class ExclusionConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MongoExclusionStore exclusionStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoExclusionStore(database, relay);
	}

	@Bean
	ExclusionRecording exclusionRecording(MongoExclusionStore store, AttendanceCalendar attendance, LostRaceRetry retry,
			Clock clock) {
		return new ExclusionRecording(store, attendance, attendance, attendance, retry, clock);
	}

}
