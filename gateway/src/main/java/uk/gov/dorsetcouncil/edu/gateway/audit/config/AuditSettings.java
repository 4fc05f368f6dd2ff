package uk.gov.dorsetcouncil.edu.gateway.audit.config;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.gov.dorsetcouncil.edu.gateway.audit.CheckpointKey;

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
 * @param checkpointKey the key audit checkpoints are signed with (ADR 0035), Base64, at
 * least 32 bytes, the same for every replica
 * ({@code DORSET_GATEWAY_AUDIT_CHECKPOINT_KEY}). Empty: a key taken at random at start,
 * so checkpoints made before a restart are not used and the first verification after it
 * reads each chain whole.
 * @param checkpointInterval records between checkpoints of a chain
 */
@ConfigurationProperties("dorset.gateway.audit")
public record AuditSettings(String instanceId, @DefaultValue("10000") int queueCapacity,
		@DefaultValue("500") int batchSize, String checkpointKey, @DefaultValue("1000") int checkpointInterval) {

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
		if (queueCapacity < 1 || batchSize < 1 || checkpointInterval < 1) {
			throw new IllegalStateException(
					"dorset.gateway.audit.queue-capacity, batch-size and checkpoint-interval are at least 1");
		}
		if (checkpointKey != null && !checkpointKey.isBlank()) {
			checkpointKey(checkpointKey.trim());
		}
	}

	/** The checkpoint key, or one taken at random when none is configured. */
	public CheckpointKey checkpoints() {
		if (this.checkpointKey == null || this.checkpointKey.isBlank()) {
			return CheckpointKey.random();
		}
		return checkpointKey(this.checkpointKey.trim());
	}

	private static CheckpointKey checkpointKey(String base64) {
		try {
			return new CheckpointKey(Base64.getDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			// Never the value itself: it is a secret.
			throw new IllegalStateException("dorset.gateway.audit.checkpoint-key (DORSET_GATEWAY_AUDIT_CHECKPOINT_KEY) "
					+ "is Base64 of at least " + CheckpointKey.MIN_BYTES + " bytes");
		}
	}

}
