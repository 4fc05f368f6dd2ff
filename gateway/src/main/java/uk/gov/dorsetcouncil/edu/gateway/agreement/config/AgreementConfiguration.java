package uk.gov.dorsetcouncil.edu.gateway.agreement.config;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.agreement.store.AgreementStore;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/** The data-sharing agreements, in the gateway's own database. */
@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

	@Bean
	AgreementStore agreementStore(MongoDatabase database, LostRaceRetry retry) {
		return new AgreementStore(database, retry);
	}

}
