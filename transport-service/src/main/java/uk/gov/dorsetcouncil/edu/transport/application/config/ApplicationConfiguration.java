package uk.gov.dorsetcouncil.edu.transport.application.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.transport.application.ApplicationHandling;
import uk.gov.dorsetcouncil.edu.transport.application.store.MongoApplicationStore;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlans;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;

/**
 * Applications and appeals: their store and the handling that reads eligibility's
 * decisions.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationConfiguration {

	@Bean
	MongoApplicationStore applicationStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoApplicationStore(database, relay);
	}

	@Bean
	ApplicationHandling applicationHandling(MongoApplicationStore store, MongoDecisionStore decisions,
			SchoolSites sites, EhcPlans ehcPlans, TravelArrangementStore arrangements, LostRaceRetry retry,
			Clock clock) {
		return new ApplicationHandling(store, decisions, sites, ehcPlans, arrangements, retry, clock);
	}

}
