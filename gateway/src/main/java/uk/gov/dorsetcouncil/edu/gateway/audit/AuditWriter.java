package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * The one writer of this replica's chain (ADR 0015): appends wait in a bounded queue, and
 * one thread takes all that are waiting (up to a batch), links them after the chain's
 * last record, inserts them in one ordered write and moves the chain's head in one more,
 * then tells each caller. So many records share one write (group commit), no request
 * thread waits on a lock or a round trip, and replicas never touch each other's chains.
 *
 * <p>
 * A caller is told its record is written only once the records and the head are both
 * acknowledged by the store: every acknowledged record is at or before the head. When a
 * write fails, every caller of that batch is told it failed (503: nothing is released),
 * and the writer reads the chain's end again from the store before the next batch, moving
 * the head over any records that the failed write did leave (an ordered insert leaves a
 * prefix of the batch, never a gap). A full queue refuses at once (503) rather than
 * holding requests in memory without bound.
 */
public final class AuditWriter implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);

	/**
	 * Another writer holding this chain's id would take places; retry after it, briefly.
	 */
	private static final int ATTEMPTS = 5;

	private final String chain;

	private final AuditStore store;

	private final int batchSize;

	private final BlockingQueue<Pending> queue;

	private final Thread thread;

	private volatile boolean open = true;

	// Held by the writer's thread only.
	private long lastSequence;

	private String lastHash;

	private boolean inDoubt = true;

	public AuditWriter(String chain, AuditStore store, int queueCapacity, int batchSize) {
		if (queueCapacity < 1 || batchSize < 1) {
			throw new IllegalStateException("dorset.gateway.audit: queue-capacity and batch-size are at least 1");
		}
		this.chain = chain;
		this.store = store;
		this.batchSize = batchSize;
		this.queue = new ArrayBlockingQueue<>(queueCapacity);
		this.thread = Thread.ofPlatform().name("audit-writer-" + chain).daemon(true).unstarted(this::run);
	}

	public AuditWriter start() {
		this.thread.start();
		return this;
	}

	public String chain() {
		return this.chain;
	}

	/**
	 * Queues an entry; the answer completes (on the writer's thread) when it is written,
	 * or fails with a 503 problem when it cannot be.
	 */
	public CompletableFuture<AuditRecord> submit(AuditEntry entry) {
		Pending pending = new Pending(entry, new CompletableFuture<>());
		if (!this.open) {
			pending.fail(unavailable("the gateway is stopping"));
		}
		else if (!this.queue.offer(pending)) {
			pending.fail(unavailable("too many releases are waiting to be recorded"));
		}
		else if (!this.open && this.queue.remove(pending)) {
			// Closed while it was being queued, after the writer's last look at the
			// queue.
			pending.fail(unavailable("the gateway is stopping"));
		}
		return pending.done();
	}

	/** Writes what is queued, then stops; appends after this fail at once. */
	@Override
	public void close() {
		this.open = false;
		try {
			if (this.thread.getState() != Thread.State.NEW) {
				this.thread.join(Duration.ofSeconds(10));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		failAll(drain(), "the gateway is stopping");
	}

	private void run() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			log.error("audit chain {}: cannot read its end from the store; will try again with the first record",
					this.chain, ex);
		}
		List<Pending> batch = new ArrayList<>(this.batchSize);
		while (true) {
			Pending first;
			try {
				first = this.queue.poll(100, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			if (first == null) {
				if (!this.open) {
					break;
				}
				continue;
			}
			batch.add(first);
			this.queue.drainTo(batch, this.batchSize - 1);
			write(batch);
			batch.clear();
		}
		failAll(drain(), "the gateway is stopping");
	}

	private void write(List<Pending> batch) {
		List<Pending> waiting = batch;
		for (int attempt = 1; !waiting.isEmpty(); attempt++) {
			List<Linked> linked = List.of();
			try {
				if (this.inDoubt) {
					catchUp();
				}
				linked = link(waiting);
				if (linked.isEmpty()) {
					return;
				}
				List<AuditRecord> records = linked.stream().map(Linked::record).toList();
				this.store.insert(records);
				AuditRecord last = records.get(records.size() - 1);
				this.store.moveHead(this.chain, last.sequence(), last.hash());
				advance(last);
				linked.forEach(Linked::acknowledge);
				return;
			}
			catch (AuditStore.SequenceTaken taken) {
				waiting = afterTaken(linked, taken.inserted(), attempt);
			}
			catch (RuntimeException failure) {
				log.error("audit chain {}: could not write {} records; their releases are refused (503)", this.chain,
						waiting.size(), failure);
				this.inDoubt = true;
				failAll(waiting, "the release could not be recorded in the audit log, so nothing is released; "
						+ "try again later");
				return;
			}
		}
	}

	/**
	 * Another writer took a place in this chain (two replicas given one instance id): the
	 * records inserted before it are kept and acknowledged once the head is past them;
	 * the rest are linked again after the chain's new end.
	 */
	private List<Pending> afterTaken(List<Linked> linked, int inserted, int attempt) {
		List<Linked> written = linked.subList(0, inserted);
		List<Pending> rest = new ArrayList<>();
		linked.subList(inserted, linked.size()).forEach(each -> rest.add(each.pending()));
		log.warn("audit chain {}: another writer holds this chain's places (is its instance id unique?); "
				+ "{} records written, {} to write again", this.chain, written.size(), rest.size());
		this.inDoubt = true;
		if (!written.isEmpty()) {
			AuditRecord last = written.get(written.size() - 1).record();
			try {
				this.store.moveHead(this.chain, last.sequence(), last.hash());
				written.forEach(Linked::acknowledge);
			}
			catch (RuntimeException failure) {
				written.forEach(each -> each.pending()
					.fail(unavailable("the release could not be recorded in the audit log, so nothing is released")));
			}
		}
		if (attempt >= ATTEMPTS) {
			failAll(rest, "the audit log is contended; nothing is released; try again later");
			return List.of();
		}
		return rest;
	}

	/**
	 * Links each waiting entry after the chain's end, as this writer knows it; an entry
	 * that cannot be linked fails alone and takes no place.
	 */
	private List<Linked> link(List<Pending> waiting) {
		List<Linked> linked = new ArrayList<>(waiting.size());
		long sequence = this.lastSequence;
		String previous = this.lastHash;
		for (Pending pending : waiting) {
			try {
				AuditRecord record = HashChain.link(this.chain, sequence + 1, pending.entry(), previous);
				linked.add(new Linked(pending, record));
				sequence = record.sequence();
				previous = record.hash();
			}
			catch (RuntimeException ex) {
				pending.fail(ex);
			}
		}
		return linked;
	}

	/**
	 * Reads the chain's end from the store: its head, and any records after it that a
	 * write which failed or was cut short left behind (their callers were never told they
	 * were recorded); the head is moved over them so that the chain carries on after
	 * them.
	 */
	private void catchUp() {
		ChainHead head = this.store.head(this.chain);
		if (head == null) {
			this.store.register(this.chain);
			head = ChainHead.start(this.chain);
		}
		long sequence = head.sequence();
		String hash = head.hash();
		for (String next = this.store.hashOf(this.chain, sequence + 1); next != null; next = this.store
			.hashOf(this.chain, sequence + 1)) {
			sequence++;
			hash = next;
		}
		if (sequence != head.sequence()) {
			log.warn("audit chain {}: {} records after its head (a write cut short); the head is moved over them",
					this.chain, sequence - head.sequence());
			this.store.moveHead(this.chain, sequence, hash);
		}
		this.lastSequence = sequence;
		this.lastHash = hash;
		this.inDoubt = false;
	}

	private void advance(AuditRecord last) {
		this.lastSequence = last.sequence();
		this.lastHash = last.hash();
	}

	private List<Pending> drain() {
		List<Pending> left = new ArrayList<>();
		this.queue.drainTo(left);
		return left;
	}

	private static void failAll(List<Pending> pending, String why) {
		ProblemException failure = unavailable(why);
		pending.forEach(each -> each.fail(failure));
	}

	private static ProblemException unavailable(String why) {
		return new ProblemException(Problem.UNAVAILABLE, why);
	}

	private record Pending(AuditEntry entry, CompletableFuture<AuditRecord> done) {

		void fail(Throwable failure) {
			this.done.completeExceptionally(failure);
		}

	}

	private record Linked(Pending pending, AuditRecord record) {

		void acknowledge() {
			this.pending.done().complete(this.record);
		}

	}

}
