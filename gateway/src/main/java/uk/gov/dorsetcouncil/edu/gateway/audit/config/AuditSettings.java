package uk.gov.dorsetcouncil.edu.gateway.audit.config;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This replica's audit chain and how its writer batches (ADR 0015).
 *
 * @param instanceId the replica's name, which names its chain
 * ({@code DORSET_GATEWAY_INSTANCE_ID}; in Kubernetes the pod's name): a replica started
 * again under the same name carries on its chain. Empty: a name unique to this start, so
 * a restart begins a new chain. Two running replicas must never share one (they would
 * still keep one unbroken chain, but contend for it).
 * @param queueCapacity how many records may wait to be written; past it a release is
 * refused (503) rather than held in memory
 * @param batchSize the most records one write carries
 */
@ConfigurationProperties("dorset.gateway.audit")
public record AuditSettings(String instanceId, @DefaultValue("10000") int queueCapacity,
		@DefaultValue("500") int batchSize) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	public AuditSettings {
		if (instanceId == null || instanceId.isBlank()) {
			instanceId = "gateway-" + STARTED.format(Instant.now()) + "-"
					+ HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
		}
		instanceId = instanceId.trim();
		if (!NAME.matcher(instanceId).matches()) {
			throw new IllegalStateException("dorset.gateway.audit.instance-id (DORSET_GATEWAY_INSTANCE_ID) is 1-100 "
					+ "letters, digits, '.', '-' or '_', starting with a letter or digit, not '" + instanceId + "'");
		}
		if (queueCapacity < 1 || batchSize < 1) {
			throw new IllegalStateException("dorset.gateway.audit.queue-capacity and batch-size are at least 1");
		}
	}

}
