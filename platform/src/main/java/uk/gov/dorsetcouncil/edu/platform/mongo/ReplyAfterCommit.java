package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.concurrent.CompletableFuture;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;

/**
 * Holds the reply to a write command until the commit that holds the write is in the
 * file, without holding the connection's thread: mongo-java-server runs commands on its
 * Netty threads, each serving many connections, so a thread that waited for a commit
 * would stall every connection on it and cap the commit groups at the number of threads.
 * If the commit fails, the reply is never sent and the connection is closed: the driver
 * reports an error, and the write is not acknowledged.
 */
final class ReplyAfterCommit extends ChannelOutboundHandlerAdapter {

	private static final AttributeKey<CompletableFuture<Void>> COVERING = AttributeKey.valueOf(ReplyAfterCommit.class,
			"covering");

	/** The last reply held on this connection: replies leave in the order made. */
	private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

	/**
	 * Makes the next reply on this connection wait for {@code covering}. Called on the
	 * connection's own thread, while the command runs, so the handler is in place before
	 * the reply is written.
	 */
	static void holdNextReply(Channel channel, CompletableFuture<Void> covering) {
		if (channel == null) {
			// Not a client's command (none arrive so): wait here.
			covering.join();
			return;
		}
		if (channel.pipeline().get(ReplyAfterCommit.class) == null) {
			// Last in the pipeline: the first outbound handler a reply meets, before
			// it is encoded.
			channel.pipeline().addLast(new ReplyAfterCommit());
		}
		channel.attr(COVERING).set(covering);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object reply, ChannelPromise promise) {
		CompletableFuture<Void> covering = ctx.channel().attr(COVERING).getAndSet(null);
		if (covering == null && this.previous.isDone()) {
			ctx.write(reply, promise);
			return;
		}
		CompletableFuture<Void> gate = (covering == null) ? this.previous
				: CompletableFuture.allOf(this.previous, covering);
		this.previous = gate.handleAsync((done, failure) -> {
			if (failure == null) {
				ctx.writeAndFlush(reply, promise);
			}
			else {
				promise.tryFailure(failure);
				ctx.close();
			}
			return null;
		}, ctx.executor());
	}

}
