package uk.gov.dorsetcouncil.edu.gateway.problem;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.AttributeKey;
import reactor.netty.NettyPipeline;

import uk.gov.dorsetcouncil.edu.platform.correlation.RequestIds;
import uk.gov.dorsetcouncil.edu.platform.input.QueryString;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemDocument;
import uk.gov.dorsetcouncil.edu.platform.web.ProblemType;

/**
 * What the HTTP server answers before the gateway sees a request, as problem answers:
 * Reactor Netty answers a request line it will not read with an empty 414, headers it
 * will not read with an empty 431, a request it cannot decode with an empty 400, and
 * Spring answers an empty 400 for a target that is not a URI ({@code %}, {@code %ZZ}).
 * This handler, next to the HTTP codec, gives each such empty answer a problem body of
 * its status's type (naming the query parameter, when a malformed one was why); every
 * answer the gateway writes itself already has one.
 */
@ChannelHandler.Sharable
final class DecodingFailures extends ChannelDuplexHandler {

	private static final DecodingFailures INSTANCE = new DecodingFailures();

	private static final String NAME = "dorset.problemDecodingFailures";

	/** The target of the request being answered on a connection, as it was sent. */
	private static final AttributeKey<String> TARGET = AttributeKey.valueOf("dorset.requestTarget");

	private DecodingFailures() {
	}

	static void install(Channel channel) {
		ChannelPipeline pipeline = channel.pipeline();
		if (pipeline.get(NAME) != null) {
			return;
		}
		if (pipeline.get(NettyPipeline.HttpCodec) != null) {
			pipeline.addAfter(NettyPipeline.HttpCodec, NAME, INSTANCE);
		}
		else {
			pipeline.addLast(NAME, INSTANCE);
		}
	}

	@Override
	public void channelRead(ChannelHandlerContext context, Object message) throws Exception {
		if (message instanceof HttpRequest request) {
			context.channel().attr(TARGET).set(request.uri());
		}
		super.channelRead(context, message);
	}

	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
		if (message instanceof FullHttpResponse response && emptyRefusal(response)) {
			int status = response.status().code();
			List<Violation> violations = (status == 400) ? queryProblems(context.channel().attr(TARGET).get())
					: List.of();
			String detail = violations.isEmpty() ? detail(status)
					: "the query could not be read: " + violations.get(0).field() + ": " + violations.get(0).detail();
			byte[] body = ProblemDocument.json(ProblemDocument.of(ProblemType.ofStatus(status), status, detail, null,
					violations, RequestIds.create()));
			ByteBuf content = context.alloc().buffer(body.length).writeBytes(body);
			FullHttpResponse problem = response.replace(content);
			response.release();
			problem.headers()
				.set(HttpHeaderNames.CONTENT_TYPE, ProblemDocument.MEDIA_TYPE)
				.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
				.set(HttpHeaderNames.CACHE_CONTROL, "no-store");
			super.write(context, problem, promise);
			return;
		}
		super.write(context, message, promise);
	}

	/**
	 * What is wrong with the query of a request Spring could not read as a URI (a
	 * malformed escape), naming the parameter, when that is why.
	 */
	static List<Violation> queryProblems(String target) {
		if (target == null || target.indexOf('?') < 0) {
			return List.of();
		}
		String query = target.substring(target.indexOf('?') + 1);
		int fragment = query.indexOf('#');
		try {
			QueryString.parse((fragment < 0) ? query : query.substring(0, fragment));
			return List.of();
		}
		catch (ProblemException ex) {
			return ex.violations();
		}
	}

	private static boolean emptyRefusal(FullHttpResponse response) {
		int status = response.status().code();
		return (status == 400 || status == 414 || status == 431) && response.content().readableBytes() == 0
				&& !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
	}

	static String detail(int status) {
		return switch (status) {
			case 414 -> "the request line is longer than the gateway reads; send fewer or shorter query parameters";
			case 431 -> "the request's headers are larger than the gateway reads; send fewer or smaller headers";
			default -> "the request could not be read: its request line, path or headers are malformed";
		};
	}

}
