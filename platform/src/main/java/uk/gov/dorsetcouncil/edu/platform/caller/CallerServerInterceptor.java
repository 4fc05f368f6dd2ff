package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Set;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Refuses gRPC calls that carry no caller context (UNAUTHENTICATED), except the standard
 * health and reflection services that orchestrators call. Puts the caller in the gRPC
 * {@link Context} for handlers.
 */
public class CallerServerInterceptor implements ServerInterceptor {

	private static final Set<String> OPEN_SERVICES = Set.of("grpc.health.v1.Health",
			"grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection");

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		if (OPEN_SERVICES.contains(call.getMethodDescriptor().getServiceName())) {
			return next.startCall(call, headers);
		}
		Caller caller;
		try {
			caller = CallerHeaders
				.fromHeaders(name -> headers.get(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER)));
		}
		catch (MissingCallerException ex) {
			call.close(Status.UNAUTHENTICATED.withDescription(ex.getMessage()), new Metadata());
			return new ServerCall.Listener<>() {
			};
		}
		return Contexts.interceptCall(Context.current().withValue(CurrentCaller.GRPC_KEY, caller), call, headers, next);
	}

}
