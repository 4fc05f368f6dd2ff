package uk.gov.dorsetcouncil.edu.platform.grpc;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.StreamObserver;

/**
 * One downstream gRPC target, called with a deadline under a circuit breaker. Only
 * failures that say the target is unwell (unavailable, too slow, internal error) count
 * against it; a NOT_FOUND or PERMISSION_DENIED is a proper answer. An open breaker fails
 * fast with {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}.
 */
public final class DownstreamCall {

	private static final Set<Status.Code> TARGET_UNWELL = EnumSet.of(Status.Code.UNAVAILABLE,
			Status.Code.DEADLINE_EXCEEDED, Status.Code.INTERNAL, Status.Code.UNKNOWN, Status.Code.RESOURCE_EXHAUSTED,
			Status.Code.UNIMPLEMENTED);

	private final String name;

	private final DownstreamSettings.Target settings;

	private final CircuitBreaker breaker;

	public DownstreamCall(String name, DownstreamSettings.Target settings, CircuitBreakerRegistry registry) {
		this.name = name;
		this.settings = settings;
		this.breaker = registry.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.failureRateThreshold())
					.slowCallRateThreshold(100)
					.slowCallDurationThreshold(settings.slowCallThreshold())
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.slidingWindowSize())
					.minimumNumberOfCalls(settings.minimumCalls())
					.waitDurationInOpenState(settings.waitInOpenState())
					.permittedNumberOfCallsInHalfOpenState(2)
					.automaticTransitionFromOpenToHalfOpenEnabled(true)
					.recordException(DownstreamCall::targetUnwell)
					.build());
	}

	/** Calls the target with this target's deadline under its breaker. */
	public <S extends AbstractStub<S>, T> T call(S stub, Function<S, T> call) {
		S withDeadline = stub.withDeadlineAfter(this.settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
		return this.breaker.executeSupplier(() -> call.apply(withDeadline));
	}

	/**
	 * Calls the target asynchronously, with this target's deadline under its breaker: no
	 * thread waits for the answer, so an aggregation can have as many calls in flight as
	 * it has requests (a blocking stub on a thread pool caps them at the pool's size).
	 * @param call starts the call on the asynchronous stub given, answering to the
	 * observer given
	 * @return the single answer, or the call's failure ({@link StatusRuntimeException},
	 * or {@link io.github.resilience4j.circuitbreaker.CallNotPermittedException} while
	 * the breaker is open)
	 */
	public <S extends AbstractStub<S>, T> CompletableFuture<T> callAsync(S stub,
			BiConsumer<S, StreamObserver<T>> call) {
		CompletableFuture<T> answer = new CompletableFuture<>();
		if (!this.breaker.tryAcquirePermission()) {
			answer.completeExceptionally(CallNotPermittedException.createCallNotPermittedException(this.breaker));
			return answer;
		}
		long started = this.breaker.getCurrentTimestamp();
		S withDeadline = stub.withDeadlineAfter(this.settings.deadline().toMillis(), TimeUnit.MILLISECONDS);
		try {
			call.accept(withDeadline, new StreamObserver<>() {

				private T value;

				@Override
				public void onNext(T next) {
					this.value = next;
				}

				@Override
				public void onError(Throwable failure) {
					DownstreamCall.this.breaker.onError(elapsedSince(started),
							DownstreamCall.this.breaker.getTimestampUnit(), failure);
					answer.completeExceptionally(failure);
				}

				@Override
				public void onCompleted() {
					DownstreamCall.this.breaker.onResult(elapsedSince(started),
							DownstreamCall.this.breaker.getTimestampUnit(), this.value);
					answer.complete(this.value);
				}

			});
		}
		catch (RuntimeException failure) {
			this.breaker.onError(elapsedSince(started), this.breaker.getTimestampUnit(), failure);
			answer.completeExceptionally(failure);
		}
		return answer;
	}

	private long elapsedSince(long started) {
		return this.breaker.getCurrentTimestamp() - started;
	}

	public String name() {
		return this.name;
	}

	public CircuitBreaker.State state() {
		return this.breaker.getState();
	}

	static boolean targetUnwell(Throwable failure) {
		return !(failure instanceof StatusRuntimeException status)
				|| TARGET_UNWELL.contains(status.getStatus().getCode());
	}

}
