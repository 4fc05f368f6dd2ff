package uk.gov.dorsetcouncil.edu.send.attendance.client;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc.AttendanceServiceBlockingStub;

/**
 * One channel to the attendance service ({@code spring.grpc.client.channels.attendance}),
 * created once; its stub; and the client that calls it under the target's deadline and
 * breaker ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceClientConfiguration {

	@Bean
	AttendanceServiceBlockingStub attendanceStub(GrpcChannelFactory channels) {
		return AttendanceServiceGrpc.newBlockingStub(channels.createChannel(AttendanceClient.TARGET));
	}

	@Bean
	AttendanceClient attendanceClient(AttendanceServiceBlockingStub attendanceStub, DownstreamCalls downstreamCalls,
			DownstreamSettings settings) {
		return new AttendanceClient(attendanceStub, downstreamCalls.to(AttendanceClient.TARGET),
				settings.target(AttendanceClient.TARGET));
	}

}
