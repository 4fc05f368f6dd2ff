package uk.gov.dorsetcouncil.edu.gateway.encompass.web;

import java.time.Duration;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookRetry;
import uk.gov.dorsetcouncil.edu.gateway.encompass.WebhookSecrets;

/**
 * Webhook delivery of Operation Encompass notifications (ADR 0045).
 *
 * @param signingKey base64, at least 32 bytes: schools' secrets are made from it and a
 * salt each, so it is the one secret to keep (from the platform's secret store in
 * production)
 * @param allowHttpLoopback whether plain http to this machine may be registered (the
 * local run and the tests; never in production)
 * @param maxAttempts attempts before a job goes to the dead letters: 6, over about 15
 * minutes with the backoff below, rides out a restart or a deployment of a school's
 * system and leaves a person most of the hour before the LA's escalation
 * @param firstRetry the wait after the first failed attempt
 * @param multiplier how much each wait grows
 * @param jitter how far each wait is spread either way, a share of itself
 * @param maxBackoff the longest wait
 * @param connectTimeout the bound on connecting to a school's system
 * @param timeout the bound on its answer
 * @param lease how long a claimed job is a worker's: longer than the timeout, so a live
 * worker keeps it; a dead worker's job is taken again after it
 * @param pollEvery how often each gateway looks for jobs due
 * @param batch the most jobs one look sends
 * @param pausedRecheck how long a job of a paused webhook waits before it looks again
 * @param secretGrace how long a rotated secret still signs, beside the new one
 */
@ConfigurationProperties("dorset.encompass.webhooks")
public record WebhookSettings(String signingKey, @DefaultValue("false") boolean allowHttpLoopback,
		@DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
		@DefaultValue("2.0") double multiplier, @DefaultValue("0.5") double jitter,
		@DefaultValue("10m") Duration maxBackoff, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration timeout, @DefaultValue("1m") Duration lease,
		@DefaultValue("2s") Duration pollEvery, @DefaultValue("20") int batch,
		@DefaultValue("1m") Duration pausedRecheck, @DefaultValue("24h") Duration secretGrace) {

	public WebhookSettings {
		if (maxAttempts < 1 || batch < 1) {
			throw new IllegalStateException("dorset.encompass.webhooks.max-attempts and batch are at least 1");
		}
		if (lease.compareTo(timeout.plus(connectTimeout)) <= 0) {
			throw new IllegalStateException(
					"dorset.encompass.webhooks.lease must outlast connect-timeout and timeout together, or a live "
							+ "worker's job is taken by another");
		}
		// The fields are not assigned until this constructor ends: check the parameters.
		backoff(firstRetry, multiplier, jitter, maxBackoff);
	}

	/**
	 * The key schools' secrets are made from. Checked once the gateway has started
	 * ({@code EncompassConfiguration}), so that a missing key does not hide an earlier
	 * refusal (the token keys').
	 */
	byte[] key() {
		if (this.signingKey == null || this.signingKey.isBlank()) {
			throw new IllegalStateException("set dorset.encompass.webhooks.signing-key (DORSET_WEBHOOK_SIGNING_KEY): "
					+ "base64 of at least 32 random bytes, from the platform's secret store");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(this.signingKey.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("dorset.encompass.webhooks.signing-key is base64", ex);
		}
		if (key.length < WebhookSecrets.MIN_KEY_BYTES) {
			throw new IllegalStateException(
					"dorset.encompass.webhooks.signing-key is at least " + WebhookSecrets.MIN_KEY_BYTES + " bytes");
		}
		return key;
	}

	/** The wait between attempts. */
	WebhookRetry.Backoff backoff() {
		return backoff(this.firstRetry, this.multiplier, this.jitter, this.maxBackoff);
	}

	private static WebhookRetry.Backoff backoff(Duration firstRetry, double multiplier, double jitter,
			Duration maxBackoff) {
		try {
			return new WebhookRetry.Backoff(firstRetry, multiplier, jitter, maxBackoff);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					"dorset.encompass.webhooks first-retry, multiplier, jitter, max-backoff: " + ex.getMessage(), ex);
		}
	}

}
