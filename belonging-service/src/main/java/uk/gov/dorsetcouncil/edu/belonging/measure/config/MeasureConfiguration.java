package uk.gov.dorsetcouncil.edu.belonging.measure.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.belonging.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.belonging.measure.store.MongoMeasureStore;
import uk.gov.dorsetcouncil.edu.belonging.placement.PlacementKeeping;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.timetable.TimetableRecording;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;

/**
 * The Belonging Plan's measures: read from the service's other parts, values recorded.
 */
@Configuration(proxyBeanMethods = false)
class MeasureConfiguration {

	@Bean
	MongoMeasureStore measureStore(MongoDatabase database) {
		return new MongoMeasureStore(database);
	}

	@Bean
	MeasureReading measureReading(RegisterKeeping registers, NeetTracking neet, RateReading rates,
			TimetableRecording timetables, PlacementKeeping placements, MongoMeasureStore store, Clock clock,
			@Value("${dorset.belonging.suppression-threshold:" + SmallNumberSuppression.DFE_THRESHOLD
					+ "}") int threshold) {
		return new MeasureReading(registers, neet, rates, timetables, placements, store,
				new SmallNumberSuppression(threshold), clock);
	}

}
