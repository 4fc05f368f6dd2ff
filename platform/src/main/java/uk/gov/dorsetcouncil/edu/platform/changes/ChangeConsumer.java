package uk.gov.dorsetcouncil.edu.platform.changes;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

/**
 * Reads a producer's feed from the consumer's own cursor, applies each entry, and moves
 * the cursor after applying: at-least-once delivery, and with an idempotent
 * {@link ChangeHandler} an exactly-once effect. A crash between applying and moving the
 * cursor only means the same entries come again.
 * <p>
 * Metrics, by consumer: {@code dorset.changes.consumer.lag} (entries the producer holds
 * beyond the cursor, as of the last read) and {@code dorset.changes.consumer.position}. A
 * consumer whose cursor is older than the feed's retention stops with
 * {@link #needsResynchronising()} and {@code dorset.changes.consumer.resync_needed} at 1,
 * until {@link #resynchronised} is called.
 */
public final class ChangeConsumer {

	private final String name;

	private final ChangeSource source;

	private final ChangeCursors cursors;

	private final ChangeHandler handler;

	private final int batchSize;

	private final AtomicLong lag = new AtomicLong();

	private final AtomicLong position = new AtomicLong();

	private final AtomicLong resyncNeeded = new AtomicLong();

	/**
	 * @param name the consumer, unique in its database (its cursor's key), for example
	 * {@code transport<-attendance}
	 * @param batchSize entries read at once (1 to {@link ChangeFeed#MAX_LIMIT})
	 */
	public ChangeConsumer(String name, ChangeSource source, ChangeCursors cursors, ChangeHandler handler, int batchSize,
			MeterRegistry meters) {
		if (batchSize < 1 || batchSize > ChangeFeed.MAX_LIMIT) {
			throw new IllegalArgumentException("a batch holds 1 to " + ChangeFeed.MAX_LIMIT + " entries");
		}
		this.name = name;
		this.source = source;
		this.cursors = cursors;
		this.handler = handler;
		this.batchSize = batchSize;
		this.position.set(cursors.position(name));
		Gauge.builder("dorset.changes.consumer.lag", this.lag, AtomicLong::get)
			.tag("consumer", name)
			.description("entries the producer holds beyond this consumer's cursor")
			.register(meters);
		Gauge.builder("dorset.changes.consumer.position", this.position, AtomicLong::get)
			.tag("consumer", name)
			.register(meters);
		Gauge.builder("dorset.changes.consumer.resync_needed", this.resyncNeeded, AtomicLong::get)
			.tag("consumer", name)
			.register(meters);
	}

	/**
	 * Reads one batch after the cursor and applies it. If the handler fails, the cursor
	 * is moved past the entries applied before it and the failure is thrown: the next
	 * poll starts at the entry that failed.
	 * @return how many entries were applied
	 * @throws ProblemException {@link Problem#GONE} when the cursor is older than the
	 * feed's retention (the consumer must resynchronise)
	 */
	public int poll() {
		if (needsResynchronising()) {
			throw new ProblemException(Problem.GONE, this.name + " must resynchronise before reading on");
		}
		long after = this.cursors.position(this.name);
		ChangeBatch batch;
		try {
			batch = this.source.after(after, this.batchSize);
		}
		catch (ProblemException ex) {
			if (ex.problem() == Problem.GONE) {
				this.resyncNeeded.set(1);
			}
			throw ex;
		}
		long applied = after;
		try {
			for (ChangeEntry entry : batch.entries()) {
				this.handler.apply(entry);
				applied = entry.sequence();
			}
		}
		catch (RuntimeException ex) {
			// What was applied stays applied: the next poll starts at the entry that
			// failed. (An Error moves nothing, as a dying process would not.)
			moveTo(after, applied, batch.latest());
			throw ex;
		}
		moveTo(after, batch.nextAfter(), batch.latest());
		return batch.entries().size();
	}

	private void moveTo(long after, long applied, long latest) {
		if (applied > after) {
			this.cursors.moveTo(this.name, applied);
		}
		this.position.set(applied);
		this.lag.set(Math.max(0, latest - applied));
	}

	/** Polls until a read finds nothing new. */
	public int catchUp() {
		int applied = 0;
		while (true) {
			long before = this.cursors.position(this.name);
			applied += poll();
			if (this.cursors.position(this.name) == before) {
				return applied;
			}
		}
	}

	public boolean needsResynchronising() {
		return this.resyncNeeded.get() == 1;
	}

	/**
	 * After rebuilding from what is true now (read from the producer's own API), carries
	 * on from the sequence the producer's feed had reached before that rebuild started.
	 */
	public void resynchronised(long after) {
		this.cursors.reset(this.name, after);
		this.position.set(after);
		this.resyncNeeded.set(0);
	}

	public String name() {
		return this.name;
	}

}
