package uk.gov.dorsetcouncil.edu.attendance.disruption.config;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.attendance.disruption.DisruptionRecording;
import uk.gov.dorsetcouncil.edu.attendance.disruption.store.MongoTravelDisruptions;

/** Travel disruptions: their store and the recording that checks them (ADR 0038). */
@Configuration(proxyBeanMethods = false)
public class DisruptionConfiguration {

	@Bean
	MongoTravelDisruptions travelDisruptions(MongoDatabase database) {
		return new MongoTravelDisruptions(database);
	}

	@Bean
	DisruptionRecording disruptionRecording(MongoTravelDisruptions disruptions) {
		return new DisruptionRecording(disruptions);
	}

}
