package uk.gov.dorsetcouncil.edu.belonging.register.config;

import java.time.Clock;
import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.belonging.exclusion.client.AttendanceCalendar;
import uk.gov.dorsetcouncil.edu.belonging.register.NeetTracking;
import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.register.client.AttendanceRollFeed;
import uk.gov.dorsetcouncil.edu.belonging.register.store.MongoNeetStore;
import uk.gov.dorsetcouncil.edu.belonging.register.store.MongoRegisterStore;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeConsumer;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.GrpcChangeSource;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeCursors;
import uk.gov.dorsetcouncil.edu.platform.disclosure.SmallNumberSuppression;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;

/**
 * The registers officers keep: the store, the rules (attendance's roll and localities as
 * exclusions ask them), and the consumer of attendance's roll changes.
 */
@Configuration(proxyBeanMethods = false)
class RegisterConfiguration {

	@Bean
	MongoRegisterStore registerStore(MongoDatabase database, ChangeRelay relay) {
		return new MongoRegisterStore(database, relay);
	}

	@Bean
	RegisterKeeping registerKeeping(MongoRegisterStore store, AttendanceCalendar attendance, LostRaceRetry retry,
			Clock clock, @Value("${dorset.registers.suppression-threshold:" + SmallNumberSuppression.DFE_THRESHOLD
					+ "}") int threshold) {
		return new RegisterKeeping(store, attendance, attendance, new SmallNumberSuppression(threshold), retry, clock);
	}

	@Bean
	NeetTracking neetTracking(MongoDatabase database, Clock clock, @Value("${dorset.registers.suppression-threshold:"
			+ SmallNumberSuppression.DFE_THRESHOLD + "}") int threshold) {
		return new NeetTracking(new MongoNeetStore(database), new SmallNumberSuppression(threshold), clock);
	}

	/**
	 * Attendance's roll changes, read as belonging-service itself (a platform service
	 * sees every entry) on the attendance channel.
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "dorset.registers.roll-feed.enabled", matchIfMissing = true)
	AttendanceRollFeed attendanceRollFeed(GrpcChannelFactory channels, MongoDatabase database,
			RegisterKeeping registers, MeterRegistry meters,
			@Value("${dorset.registers.roll-feed.every:5s}") Duration every,
			@Value("${dorset.registers.roll-feed.deadline:5s}") Duration deadline) {
		GrpcChangeSource source = AttendanceRollFeed.source(channels.createChannel(AttendanceCalendar.TARGET),
				deadline);
		ChangeConsumer consumer = new ChangeConsumer(AttendanceRollFeed.CONSUMER, source,
				new MongoChangeCursors(database), entry -> AttendanceRollFeed.apply(registers, entry), 500, meters);
		return new AttendanceRollFeed(consumer, every);
	}

}
