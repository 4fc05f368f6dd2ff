package uk.gov.dorsetcouncil.edu.transport.eligibility.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.synthetic.transport.TravelNetwork;
import uk.gov.dorsetcouncil.edu.transport.distance.RouteDistances;
import uk.gov.dorsetcouncil.edu.transport.distance.config.RoutingSettings;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EhcPlans;
import uk.gov.dorsetcouncil.edu.transport.eligibility.EligibilityAssessing;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.NetworkSchoolSites;

/** Eligibility: the decisions' store, the school sites, send's EHC plans, the rules. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

	@Bean
	MongoDecisionStore decisionStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoDecisionStore(database, relay);
	}

	@Bean
	NetworkSchoolSites schoolSites(RoutingSettings settings, TravelNetwork network) {
		return new NetworkSchoolSites(settings.seed(), network);
	}

	@Bean
	EligibilityAssessing eligibilityAssessing(NetworkSchoolSites sites, RouteDistances distances, EhcPlans ehcPlans,
			MongoDecisionStore store, LostRaceRetry retry, Clock clock) {
		return new EligibilityAssessing(sites, sites, distances, ehcPlans, store, retry, clock);
	}

}
