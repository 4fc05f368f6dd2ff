package uk.gov.dorsetcouncil.edu.platform.grpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;

/**
 * The request id over gRPC: a call made while a request is handled carries its id in the
 * metadata, and a call received runs with the id it carries (or a new one) in every log
 * line its handler writes.
 */
public final class RequestIdInterceptors {

	static final Metadata.Key<String> KEY = Metadata.Key.of(RequestIds.HEADER, Metadata.ASCII_STRING_MARSHALLER);

	private RequestIdInterceptors() {
	}

	/** Passes the current request's id on to the service called. */
	public static ClientInterceptor client() {
		return new ClientInterceptor() {
			@Override
			public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
					Channel next) {
				String id = RequestIds.current().orElse(null);
				return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
					@Override
					public void start(Listener<R> responseListener, Metadata headers) {
						if (id != null) {
							headers.put(KEY, id);
						}
						super.start(responseListener, headers);
					}
				};
			}
		};
	}

	/** Runs each step of a received call with its request id in the MDC. */
	public static ServerInterceptor server() {
		return new ServerInterceptor() {
			@Override
			public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
					ServerCallHandler<Q, R> next) {
				String id = RequestIds.from(headers.get(KEY), null);
				ServerCall.Listener<Q> listener = RequestIds.with(id, () -> next.startCall(call, headers));
				return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
					@Override
					public void onMessage(Q message) {
						RequestIds.run(id, () -> super.onMessage(message));
					}

					@Override
					public void onHalfClose() {
						RequestIds.run(id, () -> super.onHalfClose());
					}

					@Override
					public void onCancel() {
						RequestIds.run(id, () -> super.onCancel());
					}

					@Override
					public void onComplete() {
						RequestIds.run(id, () -> super.onComplete());
					}

					@Override
					public void onReady() {
						RequestIds.run(id, () -> super.onReady());
					}
				};
			}
		};
	}

}
