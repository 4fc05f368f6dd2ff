package uk.gov.dorsetcouncil.edu.gateway.limits;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this gateway's memory: with several replicas each allows the limit (the
 * default, and what a shared store falls back to when it does not answer).
 */
public class LocalBuckets implements ClientBuckets {

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<ConsumptionProbe> tryConsume(String clientId, int perMinute) {
		Bucket bucket = this.buckets.computeIfAbsent(clientId,
				client -> Bucket.builder().addLimit(ClientBuckets.limit(perMinute)).build());
		return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
	}

}
