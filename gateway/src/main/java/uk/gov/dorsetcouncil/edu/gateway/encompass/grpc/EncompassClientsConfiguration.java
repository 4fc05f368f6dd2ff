package uk.gov.dorsetcouncil.edu.gateway.encompass.grpc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.SchoolCalendarServiceGrpc;
import uk.gov.dorsetcouncil.edu.proto.belonging.v1.BelongingServiceGrpc;

/** The calendars and the home education register, on the services' channels. */
@Configuration(proxyBeanMethods = false)
class EncompassClientsConfiguration {

	@Bean
	SchoolCalendars schoolCalendars(DownstreamCalls calls, GrpcChannelFactory channels) {
		return new SchoolCalendars(calls,
				SchoolCalendarServiceGrpc.newBlockingStub(channels.createChannel(SchoolCalendars.ATTENDANCE)));
	}

	@Bean
	HomeEducation homeEducation(DownstreamCalls calls, GrpcChannelFactory channels) {
		return new HomeEducation(calls,
				BelongingServiceGrpc.newBlockingStub(channels.createChannel(HomeEducation.BELONGING)));
	}

}
