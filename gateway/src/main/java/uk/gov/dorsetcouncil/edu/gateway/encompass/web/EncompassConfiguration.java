package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Clock;
import java.time.ZoneId;

import com.mongodb.client.MongoDatabase;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.children.search.grpc.RollSearch;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.HomeEducation;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.SchoolCalendars;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.NotificationStore;

/** Operation Encompass: the store, the matching and routing, and the routing sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncompassSettings.class)
class EncompassConfiguration {

	@Bean
	NotificationStore notificationStore(MongoDatabase database) {
		return new NotificationStore(database);
	}

	@Bean
	EncompassNotifications encompassNotifications(NotificationStore store, AgreementStore agreements, RollSearch rolls,
			SchoolCalendars calendars, HomeEducation homes, Auditor auditor, Clock clock, EncompassSettings settings) {
		return new EncompassNotifications(store, agreements, rolls, calendars, homes, auditor, clock,
				settings.dayStarts(), ZoneId.of("Europe/London"));
	}

	/**
	 * Routes what was held as received only, every {@code route-every}: a notification
	 * whose matching failed, or whose gateway stopped between storing and routing it.
	 */
	@Bean(destroyMethod = "dispose")
	Disposable unroutedSweep(EncompassNotifications notifications, EncompassSettings settings) {
		return Flux.interval(settings.routeEvery(), settings.routeEvery())
			.onBackpressureDrop()
			.concatMap((tick) -> notifications.routeUnrouted()
				.onErrorResume((failure) -> reactor.core.publisher.Mono.just(0L)))
			.subscribe();
	}

}
