package uk.gov.dorsetcouncil.edu.pledge.measure.config;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.grpc.ManagedChannel;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.pledge.commitment.CommitmentEditing;
import uk.gov.dorsetcouncil.edu.pledge.measure.MeasureReading;
import uk.gov.dorsetcouncil.edu.pledge.measure.PlatformFigures;
import uk.gov.dorsetcouncil.edu.pledge.measure.SubmittedFigures;
import uk.gov.dorsetcouncil.edu.pledge.measure.client.AttendanceFigures;
import uk.gov.dorsetcouncil.edu.pledge.measure.store.MongoRecordedValues;
import uk.gov.dorsetcouncil.edu.pledge.workforce.WorkforceReturns;

/**
 * Measures: values recorded by hand in the store, platform figures from
 * attendance-service over one channel ({@code spring.grpc.client.channels.attendance})
 * under the target's deadline and breaker ({@code dorset.downstream.attendance}), and the
 * Workforce Pledge's from schools' submissions held here.
 */
@Configuration(proxyBeanMethods = false)
class MeasureConfiguration {

	static final String ATTENDANCE = "attendance";

	@Bean(name = ATTENDANCE, destroyMethod = "")
	@Qualifier(ATTENDANCE)
	ManagedChannel attendanceChannel(GrpcChannelFactory channels) {
		// the channel factory shuts its channels down
		return channels.createChannel(ATTENDANCE);
	}

	@Bean
	PlatformFigures platformFigures(@Qualifier(ATTENDANCE) ManagedChannel attendance, DownstreamCalls downstream,
			WorkforceReturns workforce, Clock clock) {
		return new SubmittedFigures(new AttendanceFigures(attendance, downstream.to(ATTENDANCE), clock), workforce);
	}

	@Bean
	MongoRecordedValues recordedValues(MongoDatabase database) {
		return new MongoRecordedValues(database);
	}

	@Bean
	MeasureReading measureReading(CommitmentEditing commitments, MongoRecordedValues recorded, PlatformFigures platform,
			Clock clock) {
		return new MeasureReading(commitments, recorded, platform, clock);
	}

}
