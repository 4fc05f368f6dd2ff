package uk.gov.dorsetcouncil.edu.platform.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the embedded store's changes to its file for write commands, many commands to a
 * commit (ADR 0016).
 * <p>
 * A write command runs under the shared side of a read-write lock; one thread commits the
 * MVStore under the exclusive side, so a commit holds every command that finished before
 * it and no part of one still running: a bulk write of thousands of documents is in the
 * file wholly or not at all. A command is told the commit that will hold it, and its
 * reply waits for that commit. Commands that arrive while a commit is being written wait
 * for the next one, which then holds all of them (group commit): a busy store writes
 * fewer, larger commits, not one per command. With {@code fsync} each commit is also
 * forced to the disk before its commands are answered (outside the lock, so the next
 * commands run meanwhile), which survives a power cut as well as a process crash.
 * <p>
 * The store's own background commits must be off ({@code autoCommitDisabled}, and a write
 * buffer of 0 so that no writer commits when it fills): they would write whatever is in
 * memory, halves of commands included, at any moment.
 */
final class GroupCommit implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** A store with no write for this long is tidied. */
	private static final long IDLE_MILLIS = 1000;

	/** A busy store is tidied after this many commits. */
	private static final int HOUSEKEEPING_EVERY = 100;

	/** Chunks are rewritten while the live share of their bytes is below this. */
	private static final int TARGET_FILL_RATE = 50;

	/** Live bytes rewritten per tidying step: writes wait some tens of milliseconds. */
	private static final int REWRITE_BYTES = 4 * 1024 * 1024;

	private final MVStore store;

	private final boolean fsync;

	private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();

	/** Guards {@link #next}, {@link #requested}, {@link #closing}. */
	private final Object monitor = new Object();

	/** Completed when the commit that has not started yet is in the file. */
	private CompletableFuture<Void> next = new CompletableFuture<>();

	/** Whether a command finished since the last commit started. */
	private boolean requested;

	private boolean closing;

	private volatile Throwable failure;

	private final AtomicLong commits = new AtomicLong();

	private final Thread committer;

	GroupCommit(MVStore store, boolean fsync) {
		this.store = store;
		this.fsync = fsync;
		this.committer = Thread.ofPlatform().name("embedded-mongo-commit").daemon().start(this::commitWhileOpen);
	}

	/**
	 * Call before a write command runs; then {@link #endWrite()} in a finally block.
	 * @throws IllegalStateException when a commit failed: the store takes no more writes
	 */
	void beginWrite() {
		Throwable failed = this.failure;
		if (failed != null) {
			throw new IllegalStateException("the embedded store could not write its file and takes no more writes",
					failed);
		}
		this.commands.readLock().lock();
	}

	/**
	 * Call when a write command has run (or failed part-way).
	 * @return completed once a commit holding the command is in the file (and on the
	 * disk, with fsync); failed if that commit failed
	 */
	CompletableFuture<Void> endWrite() {
		CompletableFuture<Void> covering;
		// Taken under the shared lock: the commit this future stands for cannot start
		// until the command is over, so it holds all of it.
		synchronized (this.monitor) {
			covering = this.next;
			this.requested = true;
			this.monitor.notifyAll();
		}
		this.commands.readLock().unlock();
		return covering;
	}

	/** Commits made so far. */
	long commits() {
		return this.commits.get();
	}

	private void commitWhileOpen() {
		long sinceHousekeeping = 0;
		while (true) {
			boolean idle;
			synchronized (this.monitor) {
				if (!this.requested && !this.closing) {
					try {
						this.monitor.wait(IDLE_MILLIS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
				if (!this.requested && this.closing) {
					return;
				}
				idle = !this.requested;
			}
			if (!idle) {
				commitOnce();
				sinceHousekeeping++;
			}
			if ((idle && sinceHousekeeping > 0) || sinceHousekeeping >= HOUSEKEEPING_EVERY) {
				sinceHousekeeping = housekeep() ? 1 : 0;
			}
		}
	}

	/**
	 * What the MVStore's background thread would do, under the exclusive lock so that it
	 * too commits only whole commands: each commit writes a small chunk, and pages still
	 * live in mostly dead chunks would keep those chunks (and the file) from being
	 * reused; they are rewritten into the next commit a few hundred kilobytes at a time.
	 * @return whether anything was rewritten (more may remain)
	 */
	private boolean housekeep() {
		if (this.failure != null) {
			return false;
		}
		boolean rewritten = false;
		this.commands.writeLock().lock();
		try {
			rewritten = this.store.compact(TARGET_FILL_RATE, REWRITE_BYTES);
			if (rewritten) {
				this.store.commit();
			}
		}
		catch (RuntimeException ex) {
			fail(ex);
		}
		finally {
			this.commands.writeLock().unlock();
		}
		if (rewritten && this.fsync && this.failure == null) {
			try {
				this.store.sync();
			}
			catch (RuntimeException ex) {
				fail(ex);
			}
		}
		return rewritten;
	}

	private void commitOnce() {
		CompletableFuture<Void> covering;
		this.commands.writeLock().lock();
		try {
			synchronized (this.monitor) {
				covering = this.next;
				this.next = new CompletableFuture<>();
				this.requested = false;
			}
			if (this.failure == null) {
				try {
					this.store.commit();
				}
				catch (RuntimeException ex) {
					fail(ex);
				}
			}
		}
		finally {
			this.commands.writeLock().unlock();
		}
		if (this.fsync && this.failure == null) {
			try {
				this.store.sync();
			}
			catch (RuntimeException ex) {
				fail(ex);
			}
		}
		this.commits.incrementAndGet();
		Throwable failed = this.failure;
		if (failed == null) {
			covering.complete(null);
		}
		else {
			covering.completeExceptionally(failed);
		}
	}

	private void fail(RuntimeException ex) {
		log.error("The embedded store could not write its file; writes are refused from now on", ex);
		this.failure = ex;
	}

	/** Commits what is pending, then stops the committing thread. */
	@Override
	public void close() {
		synchronized (this.monitor) {
			this.closing = true;
			this.monitor.notifyAll();
		}
		try {
			this.committer.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
