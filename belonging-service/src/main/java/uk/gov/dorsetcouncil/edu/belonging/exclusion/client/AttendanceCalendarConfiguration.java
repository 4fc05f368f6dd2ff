package uk.gov.dorsetcouncil.edu.belonging.exclusion.client;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import io.grpc.ManagedChannel;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.AttendanceServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;

/**
 * One channel to attendance-service ({@code spring.grpc.client.channels.attendance}),
 * created once and shared by every feature that asks attendance (qualifier
 * {@code attendance}), for its calendar and its rolls, under the target's deadline and
 * breaker ({@code dorset.downstream.attendance}).
 */
@Configuration(proxyBeanMethods = false)
class AttendanceCalendarConfiguration {

	@Bean(name = AttendanceCalendar.TARGET, destroyMethod = "")
	@Qualifier(AttendanceCalendar.TARGET)
	ManagedChannel attendanceChannel(GrpcChannelFactory channels) {
		// the channel factory shuts its channels down
		return channels.createChannel(AttendanceCalendar.TARGET);
	}

	@Bean
	AttendanceCalendar attendanceCalendar(@Qualifier(AttendanceCalendar.TARGET) ManagedChannel channel,
			DownstreamCalls downstreamCalls) {
		return new AttendanceCalendar(SchoolCalendarServiceGrpc.newBlockingStub(channel),
				AttendanceServiceGrpc.newBlockingStub(channel), downstreamCalls.to(AttendanceCalendar.TARGET));
	}

}
