package uk.gov.dorsetcouncil.edu.gateway.audit.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditWriter;
import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.RoutedReadAudit;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.WriteAudit;

/**
 * The gateway's own records, in its own database
 * ({@code dorset.mongo.database: gateway}): the audit log.
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

}
