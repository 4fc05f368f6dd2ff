package uk.gov.dorsetcouncil.edu.transport.eligibility.client;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;

import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.proto.send.v1.SendServiceGrpc;

/**
 * One channel to send-service ({@code spring.grpc.client.channels.send}), created once,
 * under the target's deadline and breaker ({@code dorset.downstream.send}).
 */
@Configuration(proxyBeanMethods = false)
class SendEhcPlansConfiguration {

	@Bean
	SendEhcPlans sendEhcPlans(GrpcChannelFactory channels, DownstreamCalls downstreamCalls) {
		ManagedChannel channel = channels.createChannel(SendEhcPlans.TARGET);
		return new SendEhcPlans(SendServiceGrpc.newBlockingStub(channel), downstreamCalls.to(SendEhcPlans.TARGET));
	}

}
