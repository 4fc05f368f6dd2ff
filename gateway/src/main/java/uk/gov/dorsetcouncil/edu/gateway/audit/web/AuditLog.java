package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditRecord;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditWriter;
import uk.gov.dorsetcouncil.edu.gateway.audit.ChainHead;
import uk.gov.dorsetcouncil.edu.gateway.audit.Checkpoint;
import uk.gov.dorsetcouncil.edu.gateway.audit.CheckpointKey;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogCheck;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogVerification;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * The append-only audit log (ADR 0015): this replica appends to its own chain through its
 * one writer, without blocking the caller; every replica's chain is read and verified
 * together, from each chain's last signed checkpoint or from its first record (ADR 0035).
 */
public class AuditLog implements AutoCloseable {

	/** Records between checkpoints when none is configured. */
	public static final int CHECKPOINT_INTERVAL = 1000;

	private final MongoAuditStore store;

	private final AuditWriter writer;

	private final CheckpointKey key;

	private final int interval;

	/** Checkpoints every {@value #CHECKPOINT_INTERVAL} records under a key of its own. */
	public AuditLog(MongoAuditStore store, AuditWriter writer) {
		this(store, writer, CheckpointKey.random(), CHECKPOINT_INTERVAL);
	}

	/**
	 * @param key what checkpoints are signed and checked with
	 * @param interval records between checkpoints
	 */
	public AuditLog(MongoAuditStore store, AuditWriter writer, CheckpointKey key, int interval) {
		this.store = store;
		this.writer = writer;
		this.key = key;
		this.interval = interval;
	}

	/** This replica's chain. */
	public String chain() {
		return this.writer.chain();
	}

	/**
	 * Appends an entry: the answer is the record once the store has acknowledged it, or a
	 * 503 problem when it could not be written (or too many are waiting). Never blocks;
	 * what follows runs off the writer's thread, so that one batch's callers do not hold
	 * up the next batch.
	 */
	public Mono<AuditRecord> append(AuditEntry entry) {
		return Mono.fromFuture(() -> this.writer.submit(entry)).publishOn(Schedulers.parallel());
	}

	/** Recomputes every chain from its last signed checkpoint. Blocking. */
	public LogVerification verify() {
		return verify(false);
	}

	/**
	 * Recomputes every chain to its head (and any records of a write cut short after it):
	 * from its first record when {@code full}, holding each record at a signed checkpoint
	 * to the hash it was signed for; otherwise from its last signed checkpoint. Signs the
	 * checkpoints intact chains have earned. Blocking.
	 */
	public LogVerification verify(boolean full) {
		Map<String, ChainHead> heads = this.store.heads();
		Map<String, List<Checkpoint>> signed = this.store.checkpoints(this.key::signed, !full);
		LogCheck check = new LogCheck(heads, signed, full, this.interval);
		if (full) {
			this.store.eachRecord(check);
		}
		else {
			this.store.eachRecordFrom(check.starts(), heads, check);
		}
		LogVerification verified = check.end();
		this.store.addCheckpoints(check.due(this.key));
		return verified;
	}

	/**
	 * One page of the records of every chain matching every given criterion, newest
	 * first. Blocking.
	 */
	public Page<AuditRecord> search(Criteria criteria, PageRequest page) {
		return this.store.search(criteria, page);
	}

	/** Writes what is waiting, then refuses further appends. */
	@Override
	public void close() {
		this.writer.close();
	}

	public record Criteria(String child, String school, String subject, String client, String organisation,
			Outcome outcome, Instant from, Instant to) {

	}

}
