package uk.gov.dorsetcouncil.edu.transport.disruption.client;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

/**
 * One channel to attendance-service ({@code spring.grpc.client.channels.attendance}),
 * created once, under the target's deadline and breaker
 * ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceDisruptionsConfiguration {

	@Bean
	AttendanceDisruptions attendanceDisruptions(GrpcChannelFactory channels, DownstreamCalls calls) {
		ManagedChannel channel = channels.createChannel(AttendanceDisruptions.TARGET);
		return new AttendanceDisruptions(TravelDisruptionServiceGrpc.newBlockingStub(channel),
				calls.to(AttendanceDisruptions.TARGET));
	}

}
