package uk.gov.dorsetcouncil.edu.gateway.children.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.client.AccessDecisions;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.gateway.children.search.grpc.RollSearch;

/** Finding a child: access, the rolls' search and the audit. */
@Configuration(proxyBeanMethods = false)
class FindChildConfiguration {

	@Bean
	FindChild findChild(AccessDecisions access, RollSearch rolls, Auditor auditor) {
		return new FindChild(access, rolls, auditor);
	}

}
