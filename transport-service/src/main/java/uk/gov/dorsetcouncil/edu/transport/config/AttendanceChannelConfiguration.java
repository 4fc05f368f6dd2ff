package uk.gov.dorsetcouncil.edu.transport.config;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

/**
 * One channel to attendance-service ({@code spring.grpc.client.channels.attendance}),
 * created once for the module: disruptions are told over it and attendance is read over
 * it, each call under the target's deadline and breaker
 * ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceChannelConfiguration {

	/** The channel's name and the downstream target's. */
	static final String TARGET = "attendance";

	@Bean
	ManagedChannel attendanceChannel(GrpcChannelFactory channels) {
		return channels.createChannel(TARGET);
	}

}
