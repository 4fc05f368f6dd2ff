package uk.gov.dorsetcouncil.edu.belonging.placement.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.AttendanceCalendar;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.placement.store.MongoPlacementStore;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * Alternative provision and managed moves: the store, the exclusions they provide for,
 * attendance's rolls and localities (shared with exclusions), the rules.
 */
@Configuration(proxyBeanMethods = false)
class PlacementConfiguration {

	@Bean
	MongoPlacementStore placementStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoPlacementStore(database, relay);
	}

	@Bean
	PlacementKeeping placementKeeping(MongoPlacementStore store, MongoExclusionStore exclusions,
			AttendanceCalendar attendance, LostRaceRetry retry, Clock clock) {
		return new PlacementKeeping(store, exclusions, attendance, attendance, retry, clock);
	}

}
