package uk.gov.dorsetcouncil.edu.transport.disruption.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.transport.arrangement.store.TravelArrangementStore;
import uk.gov.dorsetcouncil.edu.transport.disruption.DisruptionHandling;
import uk.gov.dorsetcouncil.edu.transport.disruption.client.AttendanceDisruptions;
import uk.gov.dorsetcouncil.edu.transport.disruption.store.MongoDisruptionStore;
import uk.gov.dorsetcouncil.edu.transport.eligibility.SchoolSites;

/** Disruptions: their store and the handling; attendance's channel is the client's. */
@Configuration(proxyBeanMethods = false)
class DisruptionConfiguration {

	@Bean
	MongoDisruptionStore disruptionStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoDisruptionStore(database, relay);
	}

	@Bean
	DisruptionHandling disruptionHandling(MongoDisruptionStore store, TravelArrangementStore arrangements,
			SchoolSites sites, AttendanceDisruptions attendance, Clock clock) {
		return new DisruptionHandling(store, arrangements, sites, attendance, clock);
	}

}
