package uk.gov.dorsetcouncil.edu.platform.retry;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's one {@link LostRaceRetry}, configured by {@code dorset.writes.retry.*}.
 */
@AutoConfiguration
@EnableConfigurationProperties(LostRaceRetrySettings.class)
public class LostRaceRetryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LostRaceRetry lostRaceRetry(LostRaceRetrySettings settings, ObjectProvider<MeterRegistry> meters) {
		return new ResilientLostRaceRetry(settings, meters.getIfAvailable());
	}

}
