package uk.gov.dorsetcouncil.edu.gateway.changes.client;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.gateway.audit.web.Auditor;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;

/** "Changes since" over attendance's change feed, on the attendance channel. */
@Configuration(proxyBeanMethods = false)
class ChangesConfiguration {

	@Bean
	ChangesSince changesSince(DownstreamCalls calls, GrpcChannelFactory channels, Auditor auditor) {
		return new ChangesSince(calls, ChangeFeedGrpc.newStub(channels.createChannel(ChangesSince.ATTENDANCE)),
				auditor);
	}

}
