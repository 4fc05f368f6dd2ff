package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A real in-process gRPC server whose answers the test controls. */
class DownstreamCallTest {

	private final AtomicInteger calls = new AtomicInteger();

	private volatile Status.Code answer = Status.Code.OK;

	private volatile long delayMillis;

	private Server server;

	private ManagedChannel channel;

	private DownstreamCall downstream;

	@BeforeEach
	void start() throws Exception {
		String name = InProcessServerBuilder.generateName();
		this.server = InProcessServerBuilder.forName(name).directExecutor().addService(new HealthGrpc.HealthImplBase() {
			@Override
			public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
				DownstreamCallTest.this.calls.incrementAndGet();
				try {
					Thread.sleep(DownstreamCallTest.this.delayMillis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				if (DownstreamCallTest.this.answer != Status.Code.OK) {
					response.onError(Status.fromCode(DownstreamCallTest.this.answer).asRuntimeException());
					return;
				}
				response.onNext(
						HealthCheckResponse.newBuilder().setStatus(HealthCheckResponse.ServingStatus.SERVING).build());
				response.onCompleted();
			}
		}).build().start();
		this.channel = InProcessChannelBuilder.forName(name).build();
		this.downstream = new DownstreamCall("health",
				new DownstreamSettings.Target(Duration.ofMillis(200), 50f, null, 4, 4, Duration.ofMillis(300)),
				CircuitBreakerRegistry.ofDefaults());
	}

	@AfterEach
	void stop() {
		this.channel.shutdownNow();
		this.server.shutdownNow();
	}

	/** Whether calls go through the asynchronous path ({@code callAsync}). */
	private boolean async;

	private HealthCheckResponse check() {
		if (!this.async) {
			return this.downstream.call(HealthGrpc.newBlockingStub(this.channel),
					stub -> stub.check(HealthCheckRequest.getDefaultInstance()));
		}
		try {
			return this.downstream.<HealthGrpc.HealthStub, HealthCheckResponse>callAsync(
					HealthGrpc.newStub(this.channel),
					(stub, answer) -> stub.check(HealthCheckRequest.getDefaultInstance(), answer))
				.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@ParameterizedTest(name = "async {0}")
	@ValueSource(booleans = { false, true })
	void aSlowTargetIsAbandonedAtTheDeadline(boolean async) {
		this.async = async;
		this.delayMillis = 600;
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(this::check)
			.satisfies(ex -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
	}

	@ParameterizedTest(name = "async {0}")
	@ValueSource(booleans = { false, true })
	void theBreakerOpensAfterFailuresFailsFastAndClosesWhenTheTargetRecovers(boolean async) throws Exception {
		this.async = async;
		this.answer = Status.Code.UNAVAILABLE;
		for (int i = 0; i < 4; i++) {
			assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(this::check);
		}
		assertThat(this.downstream.state()).isEqualTo(CircuitBreaker.State.OPEN);
		int reached = this.calls.get();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(this::check);
		assertThat(this.calls.get()).as("an open breaker does not reach the target").isEqualTo(reached);

		this.answer = Status.Code.OK;
		Thread.sleep(400);
		check();
		check();
		assertThat(this.downstream.state()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@ParameterizedTest(name = "async {0}")
	@ValueSource(booleans = { false, true })
	void properAnswersLikeNotFoundDoNotCountAgainstTheTarget(boolean async) {
		this.async = async;
		this.answer = Status.Code.NOT_FOUND;
		for (int i = 0; i < 8; i++) {
			assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(this::check);
		}
		assertThat(this.downstream.state()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

}
