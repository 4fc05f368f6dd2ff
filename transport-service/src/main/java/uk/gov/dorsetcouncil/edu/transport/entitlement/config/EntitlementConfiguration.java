package uk.gov.dorsetcouncil.edu.transport.entitlement.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.store.MongoDecisionStore;
import uk.gov.dorsetcouncil.edu.transport.entitlement.EntitlementListing;
import uk.gov.dorsetcouncil.edu.transport.entitlement.client.AttendanceSummaries;

/** Entitled but not travelling: read over eligibility's and arrangements' stores. */
@Configuration(proxyBeanMethods = false)
class EntitlementConfiguration {

	@Bean
	EntitlementListing entitlementListing(MongoDecisionStore decisions, TravelArrangementStore arrangements,
			AttendanceSummaries attendance, Clock clock) {
		return new EntitlementListing(decisions, arrangements, attendance, clock);
	}

}
