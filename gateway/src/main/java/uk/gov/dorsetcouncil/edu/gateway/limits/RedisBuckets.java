package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, one key per client ({@code dorset:gateway:rate:<client_id>}), shared
 * by every gateway replica: Bucket4j's compare-and-swap on Lettuce (a Lua script per
 * change, so two replicas never both take the last request). Asynchronous, so the event
 * loop never waits on Redis. A key expires soon after its bucket would be full again. The
 * connection is made at start-up: a gateway configured for Redis does not start without
 * it.
 *
 * <p>
 * If Redis does not answer within the timeout, or fails, the request is counted in this
 * replica's own bucket instead: a Redis outage then weakens the limit to one per replica
 * rather than stopping every call to the platform.
 */
public class RedisBuckets implements ClientBuckets, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);

	static final String KEY_PREFIX = "dorset:gateway:rate:";

	private static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(10);

	private final RedisClient client;

	private final StatefulRedisConnection<String, byte[]> connection;

	private final AsyncProxyManager<String> buckets;

	private final Duration timeout;

	private final ClientBuckets fallback;

	public RedisBuckets(String redisUri, Duration timeout, ClientBuckets fallback) {
		RedisURI uri = RedisURI.create(redisUri);
		uri.setTimeout(timeout);
		this.client = RedisClient.create(uri);
		// While the connection is down, fail at once (and count locally) rather than
		// queue requests until the timeout; Lettuce reconnects on its own.
		this.client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.build());
		this.connection = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		this.buckets = LettuceBasedProxyManager.builderFor(this.connection)
			.withExpirationStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
			.build()
			.asAsync();
		this.timeout = timeout;
		this.fallback = fallback;
	}

	@Override
	public CompletableFuture<ConsumptionProbe> tryConsume(String clientId, int perMinute) {
		CompletableFuture<ConsumptionProbe> shared;
		try {
			shared = this.buckets.builder()
				.build(key(clientId), () -> CompletableFuture.completedFuture(ClientBuckets.perMinute(perMinute)))
				.tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			shared = CompletableFuture.failedFuture(ex);
		}
		return shared.orTimeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
			log.warn("the shared rate limit could not be read from Redis ({}); counting client {} in this gateway",
					failure.toString(), clientId);
			return this.fallback.tryConsume(clientId, perMinute);
		});
	}

	/** The prefix keeps the keys apart from anything else in a shared Redis. */
	static String key(String clientId) {
		return KEY_PREFIX + clientId;
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
