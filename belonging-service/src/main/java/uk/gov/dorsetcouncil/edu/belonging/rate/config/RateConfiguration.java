package uk.gov.dorsetcouncil.edu.belonging.rate.config;

import java.time.Clock;

import io.grpc.ManagedChannel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.AttendanceCalendar;
import uk.gov.dorsetcouncil.edu.belonging.exclusion.store.MongoExclusionStore;
import uk.gov.dorsetcouncil.edu.belonging.rate.RateReading;
import uk.gov.dorsetcouncil.edu.belonging.rate.ReferenceFigures;
import uk.gov.dorsetcouncil.edu.belonging.rate.client.AttendanceRoll;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;

/**
 * Rates: the exclusions held, attendance's rolls over the one attendance channel, the
 * reference figures shipped, and the platform's small-number rule at the DfE's threshold
 * unless {@code dorset.belonging.suppression-threshold} raises it (as attendance's
 * {@code dorset.attendance.suppression-threshold}).
 */
@Configuration(proxyBeanMethods = false)
class RateConfiguration {

	@Bean
	AttendanceRoll attendanceRoll(@Qualifier(AttendanceCalendar.TARGET) ManagedChannel attendance,
			DownstreamCalls downstreamCalls) {
		return new AttendanceRoll(attendance, downstreamCalls.to(AttendanceCalendar.TARGET));
	}

	@Bean
	RateReading rateReading(MongoExclusionStore exclusions, AttendanceRoll roll, AttendanceCalendar localities,
			Clock clock, @Value("${dorset.belonging.suppression-threshold:" + SmallNumberSuppression.DFE_THRESHOLD
					+ "}") int threshold) {
		return new RateReading(exclusions, roll, localities, ReferenceFigures.shipped(),
				new SmallNumberSuppression(threshold), clock);
	}

}
