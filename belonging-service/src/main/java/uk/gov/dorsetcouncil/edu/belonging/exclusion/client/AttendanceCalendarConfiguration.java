package uk.gov.dorsetcouncil.edu.belonging.exclusion.client;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import io.grpc.ManagedChannel;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;

/**
 * One channel to attendance-service ({@code spring.grpc.client.channels.attendance}),
 * created once, for its calendar and its rolls, under the target's deadline and breaker
 * ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceCalendarConfiguration {

	@Bean
	AttendanceCalendar attendanceCalendar(GrpcChannelFactory channels, DownstreamCalls downstreamCalls) {
		ManagedChannel channel = channels.createChannel(AttendanceCalendar.TARGET);
		return new AttendanceCalendar(SchoolCalendarServiceGrpc.newBlockingStub(channel),
				AttendanceServiceGrpc.newBlockingStub(channel), downstreamCalls.to(AttendanceCalendar.TARGET));
	}

}
