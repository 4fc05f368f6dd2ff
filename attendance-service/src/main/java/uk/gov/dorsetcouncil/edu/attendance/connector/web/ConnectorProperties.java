package uk.gov.dorsetcouncil.edu.attendance.connector.web;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dorset.connector.*}: the schools whose MIS feeds are pulled, and the resilience
 * settings every feed shares (ADR 0009).
 *
 * @param schools by URN: base URL, the name of the secret holding the token, and a cron
 * schedule
 * @param staleAfter a school whose data last arrived longer ago than this is stale
 * @param scheduled whether scheduled runs happen (on-demand runs always can)
 */
@ConfigurationProperties("dorset.connector")
public record ConnectorProperties(@DefaultValue Map<String, School> schools, @DefaultValue("PT72H") Duration staleAfter,
		@DefaultValue("true") boolean scheduled, @DefaultValue("PT5S") Duration connectTimeout,
		@DefaultValue("PT30S") Duration requestTimeout, @DefaultValue("500") int pageSize,
		@DefaultValue("1000") int maxPages, @DefaultValue Retry retry, @DefaultValue Breaker breaker) {

	public ConnectorProperties {
		schools.forEach((urn, school) -> {
			if (school.baseUrl() == null || school.baseUrl().isBlank()) {
				throw new IllegalArgumentException("set dorset.connector.schools." + urn + ".base-url");
			}
			if (school.credentialRef() == null || school.credentialRef().isBlank()) {
				throw new IllegalArgumentException("set dorset.connector.schools." + urn
						+ ".credential-ref to the name of the secret holding the school's token");
			}
		});
	}

	/** One school's feed. */
	public record School(String baseUrl, String credentialRef,
			@DefaultValue("0 30 10,15 * * MON-FRI") String schedule) {
	}

	/** Retries on 429, 5xx and connection failures, backing off exponentially. */
	public record Retry(@DefaultValue("4") int maxAttempts, @DefaultValue("PT1S") Duration initialBackoff,
			@DefaultValue("2.0") double multiplier, @DefaultValue("PT60S") Duration maxBackoff) {
	}

	/** Each school's circuit breaker, count-based. */
	public record Breaker(@DefaultValue("10") int slidingWindowSize, @DefaultValue("4") int minimumCalls,
			@DefaultValue("50") float failureRatePercent, @DefaultValue("PT15M") Duration waitInOpenState) {
	}

}
