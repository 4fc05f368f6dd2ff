package uk.gov.dorsetcouncil.edu.gateway.aggregation.client;

import java.time.Duration;
import java.util.function.BiConsumer;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.StreamObserver;
import reactor.core.publisher.Mono;

import uk.gov.dorsetcouncil.edu.gateway.aggregation.Part;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CurrentCaller;
import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamCalls;
import uk.gov.dorsetcouncil.edu.platform.grpc.DownstreamSettings;

/**
 * Asks one service for one part of an answer: an asynchronous stub, so no thread waits
 * for the answer and the event loop is never blocked, as the given caller (the platform's
 * client interceptor passes it on, so the service checks that caller's rights) and with
 * the request's id (so the service's log lines carry it too), under the target's deadline
 * and circuit breaker. Never fails: every failure becomes a part that says why.
 */
public class DownstreamParts {

	private final DownstreamCalls calls;

	private final DownstreamSettings settings;

	public DownstreamParts(DownstreamCalls calls, DownstreamSettings settings) {
		this.calls = calls;
		this.settings = settings;
	}

	public <S extends AbstractStub<S>, R> Mono<Part<R>> ask(String target, S stub,
			BiConsumer<S, StreamObserver<R>> call, Caller as) {
		DownstreamSettings.Target config = this.settings.target(target);
		// The call starts on this thread: the caller and the request id (from the Reactor
		// context) are read by the client interceptors as it starts.
		return Mono
			// A service whose channel is not connected yet (still starting, or
			// reconnecting) is waited for within the deadline rather than failed at once:
			// the first profile after a start is not six parts unavailable (issue 12.7).
			.deferContextual(
					(context) -> Mono.fromFuture(
							RequestIds.with(context.getOrDefault(RequestIds.MDC_KEY, null),
									() -> CurrentCaller.callAs(as,
											() -> this.calls.to(target).callAsync(stub.withWaitForReady(), call))),
							true))
			.<Part<R>>map(Part.Available::new)
			// The gRPC deadline ends the call; this only bounds a call the transport
			// never
			// completes.
			.timeout(config.deadline().plus(Duration.ofSeconds(2)))
			.onErrorResume(failure -> Mono.just(failed(target, config, failure)));
	}

	static <R> Part<R> failed(String target, DownstreamSettings.Target config, Throwable failure) {
		if (failure instanceof CallNotPermittedException) {
			return new Part.Unavailable<>("the " + target + " service failed repeatedly, so calls to it are paused "
					+ "(circuit open); they resume within " + config.waitInOpenState().toSeconds() + " s");
		}
		if (failure instanceof StatusRuntimeException grpc) {
			Status status = grpc.getStatus();
			String detail = (status.getDescription() != null) ? ": " + status.getDescription() : "";
			return switch (status.getCode()) {
				case DEADLINE_EXCEEDED -> new Part.Unavailable<>(
						"the " + target + " service did not answer within " + config.deadline().toMillis() + " ms");
				case UNAVAILABLE -> new Part.Unavailable<>("the " + target + " service is not reachable");
				case PERMISSION_DENIED, UNAUTHENTICATED ->
					new Part.Withheld<>("the " + target + " service does not release this to you" + detail);
				case NOT_FOUND -> new Part.None<>("the " + target + " service holds nothing for this request" + detail);
				case INVALID_ARGUMENT ->
					new Part.Unavailable<>("the " + target + " service cannot answer this question" + detail);
				case UNIMPLEMENTED ->
					new Part.Unavailable<>("the " + target + " service does not answer this yet (UNIMPLEMENTED)");
				default -> new Part.Unavailable<>("the " + target + " service failed (" + status.getCode() + ")");
			};
		}
		if (failure instanceof java.util.concurrent.TimeoutException) {
			return new Part.Unavailable<>("the " + target + " service did not answer in time");
		}
		return new Part.Unavailable<>("the " + target + " service could not be asked");
	}

}
