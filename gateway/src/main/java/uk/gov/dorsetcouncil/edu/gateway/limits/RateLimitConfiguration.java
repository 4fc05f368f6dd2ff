package uk.gov.dorsetcouncil.edu.gateway.limits;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buckets the rate limit draws on: shared through Redis when
 * {@code dorset.gateway.rate-limit.redis-uri} is set (env
 * {@code DORSET_RATE_LIMIT_REDIS_URI}), otherwise this gateway's memory.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	ClientBuckets clientBuckets(RateLimitSettings settings) {
		LocalBuckets local = new LocalBuckets();
		return settings.shared() ? new RedisBuckets(settings.redisUri(), settings.redisTimeout(), local) : local;
	}

}
