package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Where each client's token bucket lives. A bucket holds a minute's requests and refills
 * smoothly, so a client may burst to its limit and then goes at the limit's pace.
 */
public interface ClientBuckets {

	/** Takes one request from the client's bucket, or says how long until one is back. */
	CompletableFuture<ConsumptionProbe> tryConsume(String clientId, int perMinute);

	static Bandwidth limit(int perMinute) {
		return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
	}

	static BucketConfiguration perMinute(int perMinute) {
		return BucketConfiguration.builder().addLimit(limit(perMinute)).build();
	}

}
