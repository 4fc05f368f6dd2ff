package uk.gov.dorsetcouncil.edu.gateway.audit;

/**
 * An entry as stored: its chain and place in it, the hash of the record before it, the
 * canonical bytes it was written as (RFC 8785 JSON of all of these, see
 * {@link HashChain#canonical}) and its hash, SHA-256 over exactly those bytes.
 *
 * @param chain the chain it belongs to: the gateway replica that wrote it
 * @param sequence its place in the chain, from 1
 * @param canonical the bytes that were hashed, kept with the record (never changed after
 * it is made)
 */
public record AuditRecord(String chain, long sequence, AuditEntry entry, String previousHash, byte[] canonical,
		String hash) {

}
