package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that has not started when the gateway asks is waited for within the part's
 * deadline (issue 12.7): the part is its answer, not "not reachable".
 */
class DownstreamPartsTest {

	private final String name = InProcessServerBuilder.generateName();

	private final ManagedChannel channel = InProcessChannelBuilder.forName(this.name).build();

	private Server server;

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		if (this.server != null) {
			this.server.shutdownNow();
		}
	}

	@Test
	void aServiceStartingAfterTheQuestionAnswersWithinTheDeadline() throws Exception {
		DownstreamSettings settings = new DownstreamSettings(Map.of("health",
				new DownstreamSettings.Target(Duration.ofSeconds(5), 50f, null, 4, 4, Duration.ofMillis(300))));
		DownstreamParts parts = new DownstreamParts(new DownstreamCalls(settings, CircuitBreakerRegistry.ofDefaults()),
				settings);
		CompletableFuture<Part<HealthCheckResponse>> asked = parts.<HealthGrpc.HealthStub, HealthCheckResponse>ask(
				"health", HealthGrpc.newStub(this.channel),
				(stub, answer) -> stub.check(HealthCheckRequest.getDefaultInstance(), answer),
				Caller.service("gateway", Set.of()))
			.toFuture();
		Thread.sleep(300);
		assertThat(asked).as("still waiting for the service to start").isNotDone();
		this.server = InProcessServerBuilder.forName(this.name)
			.directExecutor()
			.addService(new HealthGrpc.HealthImplBase() {
				@Override
				public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
					response.onNext(HealthCheckResponse.newBuilder()
						.setStatus(HealthCheckResponse.ServingStatus.SERVING)
						.build());
					response.onCompleted();
				}
			})
			.build()
			.start();
		assertThat(asked.get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(Part.Available.class,
				(available) -> assertThat(available.data()).isEqualTo(
						HealthCheckResponse.newBuilder().setStatus(HealthCheckResponse.ServingStatus.SERVING).build()));
	}

}
