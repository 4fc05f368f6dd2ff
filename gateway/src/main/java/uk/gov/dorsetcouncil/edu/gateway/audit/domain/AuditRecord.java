package uk.gov.dorsetcouncil.edu.gateway.audit.domain;

/**
 * An entry as stored: its place in the log, the hash of the record before it, and its own
 * hash over both (see {@link HashChain}).
 */
public record AuditRecord(long sequence, AuditEntry entry, String previousHash, String hash) {

}
