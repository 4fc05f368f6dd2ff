package uk.gov.dorsetcouncil.edu.send.plan.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.send.plan.PlanKeeping;
import uk.gov.dorsetcouncil.edu.send.plan.store.EhcPlanStore;

/** EHC plans: the rules over the plans' store. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

	@Bean
	PlanKeeping planKeeping(EhcPlanStore store, LostRaceRetry retry, Clock clock) {
		return new PlanKeeping(store, retry, clock);
	}

}
