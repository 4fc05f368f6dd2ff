package uk.gov.dorsetcouncil.edu.platform.changes.grpc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;

import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerPropagatingClientInterceptor;
import uk.gov.dorsetcouncil.edu.platform.caller.CallerServerInterceptor;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeVisibility;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;

/**
 * A producer's feed served in-process as a service serves it (the platform's caller check
 * in front), and a client channel that calls as a given caller.
 */
public final class InProcessFeed implements AutoCloseable {

	private final Server server;

	private final String name;

	private final java.util.List<ManagedChannel> channels = new java.util.concurrent.CopyOnWriteArrayList<>();

	private InProcessFeed(Server server, String name) {
		this.server = server;
		this.name = name;
	}

	public static InProcessFeed serve(ChangeFeed feed) {
		String name = InProcessServerBuilder.generateName();
		try {
			Server server = InProcessServerBuilder.forName(name)
				.directExecutor()
				.addService(
						ServerInterceptors.intercept(new ChangeFeedGrpcService(feed, ChangeVisibility.byOrganisation()),
								new CallerServerInterceptor()))
				.build()
				.start();
			return new InProcessFeed(server, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A stub calling as the caller; close the channel with {@link #close()}. */
	public ChangeFeedGrpc.ChangeFeedBlockingStub as(Caller caller) {
		ManagedChannel channel = InProcessChannelBuilder.forName(this.name)
			.directExecutor()
			.intercept(new CallerPropagatingClientInterceptor(() -> caller))
			.build();
		this.channels.add(channel);
		return ChangeFeedGrpc.newBlockingStub(channel);
	}

	/** A stub carrying no caller context, as a call that bypassed the gateway. */
	public ChangeFeedGrpc.ChangeFeedBlockingStub anonymous() {
		ManagedChannel channel = InProcessChannelBuilder.forName(this.name).directExecutor().build();
		this.channels.add(channel);
		return ChangeFeedGrpc.newBlockingStub(channel);
	}

	/** A consumer's source reading as a platform service. */
	public GrpcChangeSource sourceFor(String service) {
		return new GrpcChangeSource(as(Caller.service(service, Set.of())), java.time.Duration.ofSeconds(5), Set.of());
	}

	@Override
	public void close() {
		this.channels.forEach(ManagedChannel::shutdownNow);
		this.server.shutdownNow();
	}

}
