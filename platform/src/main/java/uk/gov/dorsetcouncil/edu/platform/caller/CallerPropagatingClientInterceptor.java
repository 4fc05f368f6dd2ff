package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.function.Supplier;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;

/**
 * Passes the current caller on to the service being called, so that it can check the same
 * rights again. With no current caller (a scheduled job) the calling service speaks for
 * itself.
 */
public class CallerPropagatingClientInterceptor implements ClientInterceptor {

	private final Supplier<Caller> serviceIdentity;

	public CallerPropagatingClientInterceptor(Supplier<Caller> serviceIdentity) {
		this.serviceIdentity = serviceIdentity;
	}

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		Caller caller = CurrentCaller.get().orElseGet(this.serviceIdentity);
		return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
			@Override
			public void start(Listener<R> responseListener, Metadata headers) {
				CallerHeaders.toHeaders(caller)
					.forEach((name, value) -> headers.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER),
							value));
				super.start(responseListener, headers);
			}
		};
	}

}
