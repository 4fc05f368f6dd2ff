package uk.gov.dorsetcouncil.edu.platform.web;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencyKeys;
import uk.gov.dorsetcouncil.edu.platform.idempotency.IdempotencySettings;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoAutoConfiguration;

/**
 * {@link IdempotentWrite} in every service with a database and a servlet REST API: the
 * keys' store, the filter that holds bodies and answers, the interceptor, and the sweep
 * of expired keys.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class,
		beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyWebAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyWebAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	IdempotencyKeys idempotencyKeys(MongoDatabase database, IdempotencySettings settings, ObjectProvider<Clock> clock) {
		return new IdempotencyKeys(database, settings, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	FilterRegistrationBean<IdempotentRequestFilter> idempotentRequestFilter(IdempotencyKeys keys) {
		FilterRegistrationBean<IdempotentRequestFilter> registration = new FilterRegistrationBean<>(
				new IdempotentRequestFilter(keys));
		// After the caller-context filter, which refuses calls without a caller first.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	WebMvcConfigurer idempotentWrites(IdempotencyKeys keys) {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new IdempotentWriteInterceptor(keys));
			}
		};
	}

	@Bean(destroyMethod = "close")
	ExpiredKeySweep expiredIdempotencyKeySweep(IdempotencyKeys keys, IdempotencySettings settings) {
		return new ExpiredKeySweep(keys, settings);
	}

	/**
	 * Deletes expired keys every {@code dorset.idempotency.sweep-every} on a daemon
	 * thread of its own (not an executor bean, which would make Boot's task executor back
	 * off).
	 */
	static final class ExpiredKeySweep implements AutoCloseable {

		private final ScheduledExecutorService timer;

		ExpiredKeySweep(IdempotencyKeys keys, IdempotencySettings settings) {
			this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "idempotency-key-sweep");
				thread.setDaemon(true);
				return thread;
			});
			long every = settings.sweepEvery().toMillis();
			this.timer.scheduleWithFixedDelay(() -> {
				try {
					keys.sweep();
				}
				catch (RuntimeException ex) {
					log.warn("could not delete expired idempotency keys; trying again in {}", settings.sweepEvery(),
							ex);
				}
			}, every, every, TimeUnit.MILLISECONDS);
		}

		@Override
		public void close() {
			this.timer.shutdownNow();
		}

	}

}
