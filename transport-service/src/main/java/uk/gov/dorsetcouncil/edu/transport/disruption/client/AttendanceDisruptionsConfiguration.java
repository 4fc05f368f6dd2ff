package uk.gov.dorsetcouncil.edu.transport.disruption.client;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.TravelDisruptionServiceGrpc;

/**
 * Disruptions told over the module's one channel to attendance-service
 * ({@code AttendanceChannelConfiguration}), under the target's deadline and breaker
 * ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceDisruptionsConfiguration {

	@Bean
	AttendanceDisruptions attendanceDisruptions(ManagedChannel attendanceChannel, DownstreamCalls calls) {
		return new AttendanceDisruptions(TravelDisruptionServiceGrpc.newBlockingStub(attendanceChannel),
				calls.to(AttendanceDisruptions.TARGET));
	}

}
