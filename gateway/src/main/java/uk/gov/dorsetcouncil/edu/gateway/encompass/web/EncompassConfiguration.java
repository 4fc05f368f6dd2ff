package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.children.search.grpc.RollSearch;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSecrets;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.HomeEducation;
import uk.gov.dorsetcouncil.edu.gateway.encompass.grpc.SchoolCalendars;
import uk.gov.dorsetcouncil.edu.gateway.encompass.http.WebhookSender;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.NotificationStore;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookQueue;
import uk.gov.dorsetcouncil.edu.gateway.encompass.store.WebhookStore;

/**
 * Operation Encompass: the store, the matching and routing, the routing sweep, and the
 * webhooks with their delivery worker (ADR 0041, ADR 0045).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ EncompassSettings.class, WebhookSettings.class })
class EncompassConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncompassConfiguration.class);

	@Bean
	NotificationStore notificationStore(MongoDatabase database) {
		return new NotificationStore(database);
	}

	@Bean
	WebhookStore webhookStore(MongoDatabase database) {
		return new WebhookStore(database);
	}

	@Bean
	WebhookQueue webhookQueue(MongoDatabase database) {
		return new WebhookQueue(database);
	}

	@Bean
	EncompassNotifications encompassNotifications(NotificationStore store, AgreementStore agreements, RollSearch rolls,
			SchoolCalendars calendars, HomeEducation homes, Auditor auditor, WebhookStore webhooks, Clock clock,
			EncompassSettings settings) {
		return new EncompassNotifications(store, agreements, rolls, calendars, homes, auditor, webhooks, clock,
				settings.dayStarts(), ZoneId.of("Europe/London"));
	}

	/**
	 * The key schools' secrets are made from. Production takes it from the secret store
	 * and does not start without it; a local run or a test that sets none gets one made
	 * for that run alone (no key is kept in the repository), so a school's secret there
	 * changes when the gateway restarts.
	 */
	@Bean
	Supplier<byte[]> webhookSigningKey(WebhookSettings settings, Environment environment) {
		if ((settings.signingKey() == null || settings.signingKey().isBlank())
				&& !environment.matchesProfiles("prod")) {
			byte[] made = new byte[WebhookSecrets.MIN_KEY_BYTES];
			new SecureRandom().nextBytes(made);
			log.warn("No webhook signing key is set (DORSET_WEBHOOK_SIGNING_KEY): one was made for this run; "
					+ "schools' webhook secrets change when the gateway restarts");
			return made::clone;
		}
		return settings::key;
	}

	@Bean
	EncompassWebhooks encompassWebhooks(WebhookStore webhooks, WebhookQueue queue, WebhookSettings settings,
			Supplier<byte[]> webhookSigningKey, Clock clock, Environment environment) {
		// As for the token keys: plain http is never allowed in production, whatever sets
		// it.
		if (settings.allowHttpLoopback() && environment.matchesProfiles("prod")) {
			throw new IllegalStateException(
					"dorset.encompass.webhooks.allow-http-loopback must be false under the prod profile");
		}
		return new EncompassWebhooks(webhooks, queue, new WebhookSecrets(webhookSigningKey),
				settings.allowHttpLoopback(), settings.secretGrace(), clock);
	}

	@Bean
	WebhookDeliveries webhookDeliveries(WebhookQueue queue, WebhookStore webhooks, Auditor auditor, Clock clock,
			WebhookSettings settings, Supplier<byte[]> webhookSigningKey) {
		return new WebhookDeliveries(queue, webhooks, new WebhookSecrets(webhookSigningKey),
				new WebhookSender(settings.connectTimeout(), settings.timeout()), auditor, clock, settings);
	}

	/**
	 * The gateway does not run without its webhook key (production: from the secret
	 * store).
	 */
	@Bean
	ApplicationRunner webhookKeyChecked(Supplier<byte[]> webhookSigningKey) {
		return (arguments) -> webhookSigningKey.get();
	}

	/**
	 * Routes what was held as received only, every {@code route-every}: a notification
	 * whose matching failed, or whose gateway stopped between storing and routing it.
	 */
	@Bean(destroyMethod = "dispose")
	Disposable unroutedSweep(EncompassNotifications notifications, EncompassSettings settings) {
		return Flux.interval(settings.routeEvery(), settings.routeEvery())
			.onBackpressureDrop()
			.concatMap((tick) -> notifications.routeUnrouted().onErrorResume((failure) -> Mono.just(0L)))
			.subscribe();
	}

	/**
	 * Sends the webhook jobs due, every {@code poll-every}, on a thread that may block: a
	 * school's slow system never holds a request. Each replica runs one; the leases keep
	 * them apart.
	 */
	@Bean(destroyMethod = "dispose")
	Disposable webhookWorker(WebhookDeliveries deliveries, WebhookSettings settings) {
		return Flux.interval(settings.pollEvery(), settings.pollEvery())
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.fromCallable(deliveries::deliverDue)
				.subscribeOn(Schedulers.boundedElastic())
				.onErrorResume((failure) -> {
					log.warn("webhook deliveries failed this time, to be tried again: {}", failure.getMessage());
					return Mono.just(0);
				}))
			.subscribe();
	}

}
