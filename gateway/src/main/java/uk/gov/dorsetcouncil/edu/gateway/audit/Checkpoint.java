package uk.gov.dorsetcouncil.edu.gateway.audit;

/**
 * A signed statement that a verification found a chain intact from its first record up to
 * {@code sequence}, whose record has {@code hash} (ADR 0035). Later verifications start
 * from the last one whose signature holds instead of from the first record.
 *
 * @param sequence a multiple of the checkpoint interval, at or before the chain's head
 * when it was made
 * @param signature HMAC-SHA256 of chain, sequence and hash under the gateway's checkpoint
 * key ({@link CheckpointKey}), in lower-case hex
 */
public record Checkpoint(String chain, long sequence, String hash, String signature) {

}
