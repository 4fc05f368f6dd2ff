package uk.gov.dorsetcouncil.edu.gateway.audit.web;

import java.time.Instant;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import uk.gov.dorsetcouncil.edu.gateway.audit.AuditEntry;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditRecord;
import uk.gov.dorsetcouncil.edu.gateway.audit.AuditWriter;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogCheck;
import uk.gov.dorsetcouncil.edu.gateway.audit.LogVerification;
import uk.gov.dorsetcouncil.edu.gateway.audit.Outcome;
import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.platform.paging.Page;
import uk.gov.dorsetcouncil.edu.platform.paging.PageRequest;

/**
 * The append-only audit log (ADR 0015): this replica appends to its own chain through its
 * one writer, without blocking the caller; every replica's chain is read and verified
 * together.
 */
public class AuditLog implements AutoCloseable {

	private final MongoAuditStore store;

	private final AuditWriter writer;

	public AuditLog(MongoAuditStore store, AuditWriter writer) {
		this.store = store;
		this.writer = writer;
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

	/** Recomputes every chain, each from its first record to its head. Blocking. */
	public LogVerification verify() {
		LogCheck check = new LogCheck(this.store.heads());
		this.store.eachRecord(check);
		return check.end();
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
