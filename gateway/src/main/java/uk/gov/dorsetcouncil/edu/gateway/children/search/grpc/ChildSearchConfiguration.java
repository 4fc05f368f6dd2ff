package uk.gov.dorsetcouncil.edu.gateway.children.search.grpc;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.attendance.v1.ChildSearchServiceGrpc;

/** Finding a child over attendance's rolls, on the attendance channel. */
@Configuration(proxyBeanMethods = false)
class ChildSearchConfiguration {

	@Bean
	RollSearch rollSearch(DownstreamCalls calls, GrpcChannelFactory channels) {
		return new RollSearch(calls, ChildSearchServiceGrpc.newStub(channels.createChannel(RollSearch.ATTENDANCE)));
	}

}
