package uk.gov.dorsetcouncil.edu.platform.caller;

import java.util.Optional;
import java.util.function.Supplier;

import io.grpc.Context;

/**
 * The caller of the request being handled on this thread: set by the REST filter or the
 * gRPC interceptor, read by handlers and by the client interceptor that passes it on
 * downstream.
 */
public final class CurrentCaller {

	static final Context.Key<Caller> GRPC_KEY = Context.key("dorset-caller");

	private static final ThreadLocal<Caller> REST = new ThreadLocal<>();

	private CurrentCaller() {
	}

	public static Optional<Caller> get() {
		Caller fromGrpc = GRPC_KEY.get();
		return Optional.ofNullable(fromGrpc != null ? fromGrpc : REST.get());
	}

	public static Caller require() {
		return get().orElseThrow(() -> new MissingCallerException("no caller context on this request"));
	}

	/** Runs work as the given caller (used by the REST filter and by tests). */
	public static <T> T callAs(Caller caller, Supplier<T> work) {
		Caller previous = REST.get();
		REST.set(caller);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				REST.remove();
			}
			else {
				REST.set(previous);
			}
		}
	}

}
