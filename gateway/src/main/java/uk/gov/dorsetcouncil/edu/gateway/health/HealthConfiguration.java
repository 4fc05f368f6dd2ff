package uk.gov.dorsetcouncil.edu.gateway.health;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.routing.EdgeSettings;
import uk.gov.dorsetcouncil.edu.gateway.routing.ServiceEndpoints;

@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	@Bean
	ServiceHealth serviceHealth(ServiceEndpoints endpoints, EdgeSettings settings) {
		return new ServiceHealth(endpoints.all(), settings.healthTimeout());
	}

}
