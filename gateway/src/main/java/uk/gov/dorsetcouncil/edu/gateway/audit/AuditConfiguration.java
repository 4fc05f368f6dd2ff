package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.access.AccessDecisions;
import uk.gov.dorsetcouncil.edu.gateway.agreement.AgreementStore;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * The gateway's own records, in its own database
 * ({@code dorset.mongo.database: gateway}): the audit log and the data-sharing
 * agreements, and the access decisions that use both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MongoAuditStore auditStore(MongoDatabase database) {
		return new MongoAuditStore(database);
	}

	/** Closed with the application: what is queued is written first. */
	@Bean(destroyMethod = "close")
	AuditLog auditLog(MongoAuditStore store, AuditSettings settings) {
		return new AuditLog(store,
				new AuditWriter(settings.instanceId(), store, settings.queueCapacity(), settings.batchSize()).start());
	}

	@Bean
	Auditor auditor(AuditLog log, Clock clock) {
		return new Auditor(log, clock);
	}

	@Bean
	RoutedReadAudit routedReadAudit(Auditor auditor) {
		return new RoutedReadAudit(auditor);
	}

	@Bean
	WriteAudit writeAudit(AuditLog log, Clock clock) {
		return new WriteAudit(log, clock);
	}

	@Bean
	AgreementStore agreementStore(MongoDatabase database, LostRaceRetry retry) {
		return new AgreementStore(database, retry);
	}

	@Bean
	AccessDecisions accessDecisions(AgreementStore agreements, Auditor auditor, Clock clock) {
		return new AccessDecisions(agreements, auditor, clock);
	}

}
