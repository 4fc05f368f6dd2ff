package uk.gov.dorsetcouncil.edu.platform.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.grpc.Channel;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerHeaders;

/**
 * gRPC stubs on one plaintext channel to a service running on a local port, each carrying
 * a caller's context as the gateway sends it, with a deadline so that a call that hangs
 * fails its test instead of stalling the build.
 */
public final class CallerStubs implements AutoCloseable {

	private static final long DEADLINE_SECONDS = 5;

	private final ManagedChannel channel;

	private CallerStubs(ManagedChannel channel) {
		this.channel = channel;
	}

	public static CallerStubs toLocalServer(int port) {
		return new CallerStubs(
				Grpc.newChannelBuilderForAddress("localhost", port, InsecureChannelCredentials.create()).build());
	}

	/**
	 * A stub that calls as the caller.
	 * @param newStub makes the stub on a channel, for example
	 * {@code SendServiceGrpc::newBlockingStub}
	 */
	public <S extends AbstractStub<S>> S as(Caller caller, Function<Channel, S> newStub) {
		Metadata metadata = new Metadata();
		CallerHeaders.toHeaders(caller)
			.forEach((name, value) -> metadata.put(Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER), value));
		return newStub.apply(this.channel)
			.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata))
			.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.channel.shutdownNow();
	}

}
