package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.attendance.access.Access;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJob.Source;
import uk.gov.dorsetcouncil.edu.attendance.ingest.ImportJob.Status;
import uk.gov.dorsetcouncil.edu.platform.caller.Caller;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.platform.problem.Violation;

/**
 * Bulk imports as jobs: a REST import is accepted at once and stored in the background in
 * chunks, its progress kept in the job; a gRPC stream is stored as it arrives and leaves
 * a finished job behind. The same idempotency key from the same organisation gives the
 * same job, never a second import; the same key with other content is a conflict.
 */
public final class ImportJobs {

	/** Rows stored per write round: one bulk write of the pupil-years they touch. */
	public static final int CHUNK_ROWS = 5000;

	/** Rejected rows kept per job; the count goes on beyond it. */
	public static final int MAX_KEPT_REJECTIONS = 100_000;

	public static final int MAX_PAGE_SIZE = 1000;

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private static final long UPDATE_EVERY_NANOS = 1_000_000_000L;

	private final MarkIngest ingest;

	private final ImportStore store;

	private final Executor executor;

	private final Clock clock;

	public ImportJobs(MarkIngest ingest, ImportStore store, Executor executor, Clock clock) {
		this.ingest = ingest;
		this.store = store;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Accepts an import: the job is returned at once (queued), or the job already made
	 * for this idempotency key.
	 */
	public ImportJob submit(Caller caller, String idempotencyKey, Source source, String contentHash,
			List<MarkRow> rows) {
		MarkIngest.Run run = this.ingest.start(caller);
		ImportJob fresh = newJob(caller, key(idempotencyKey), source, contentHash, Status.QUEUED);
		ImportJob job = this.store.createOrFind(fresh);
		if (!job.id().equals(fresh.id())) {
			return replayOf(job, contentHash);
		}
		this.executor.execute(() -> process(job, run, rows));
		return job;
	}

	/** Checks the caller may import at all, before anything they sent is read. */
	public void requireImporter(Caller caller) {
		this.ingest.start(caller);
	}

	public ImportJob get(Caller caller, String id) {
		ImportJob job = this.store.find(id).orElseThrow(() -> ProblemException.notFound("no import " + id));
		requireVisible(caller, job);
		return job;
	}

	public RejectionPage rejections(Caller caller, String id, Integer page, Integer size) {
		ImportJob job = get(caller, id);
		int pageNumber = (page == null) ? 0 : page;
		int pageSize = (size == null) ? 100 : size;
		List<Violation> violations = new ArrayList<>();
		if (pageNumber < 0) {
			violations.add(new Violation("page", "pages are numbered from 0"));
		}
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			violations.add(new Violation("size", "a page holds 1 to " + MAX_PAGE_SIZE + " rows"));
		}
		if (!violations.isEmpty()) {
			throw ProblemException.invalid(violations);
		}
		return new RejectionPage(job, pageNumber, pageSize,
				this.store.rejections(id, (long) pageNumber * pageSize, pageSize));
	}

	public record RejectionPage(ImportJob job, int page, int size, List<Rejection> rejections) {
	}

	/** Fails jobs a stop left unfinished: resending is safe, marks are idempotent. */
	public int failInterrupted() {
		return this.store.failUnfinished(
				"the service stopped while this import ran; send it again with a new key (marks already stored stay as they are)");
	}

	/** Starts taking a gRPC stream; one per stream, not thread-safe. */
	public Stream openStream(Caller caller) {
		return new Stream(caller, this.ingest.start(caller));
	}

	/**
	 * A stream of batches. The first batch may carry an idempotency key: if this
	 * organisation used it before, the stream is only read (and hashed) and the first
	 * result is returned when it ends, provided the content is the same.
	 */
	public final class Stream {

		private final Caller caller;

		private final MarkIngest.Run run;

		private ContentHash hash;

		private ImportJob job;

		private ImportJob replaying;

		private long nextRow = 1;

		private long kept;

		/**
		 * When the job was last written, so a stream of many batches writes it about once
		 * a second.
		 */
		private long lastUpdate = System.nanoTime();

		Stream(Caller caller, MarkIngest.Run run) {
			this.caller = caller;
			this.run = run;
		}

		/** The row number the next mark gets. */
		public long nextRow() {
			return this.nextRow;
		}

		public void accept(String idempotencyKey, List<MarkRow> rows) {
			if (this.job == null && this.replaying == null) {
				String key = key(idempotencyKey);
				ImportJob fresh = newJob(this.caller, key, Source.STREAM, null, Status.RUNNING);
				ImportJob stored = ImportJobs.this.store.createOrFind(fresh);
				if (stored.id().equals(fresh.id())) {
					this.job = fresh;
				}
				else {
					this.replaying = stored;
				}
				this.hash = (key != null) ? new ContentHash() : null;
			}
			this.nextRow += rows.size();
			if (this.hash != null) {
				rows.forEach(this.hash::add);
			}
			if (this.replaying != null) {
				return;
			}
			// Rows taken as registers may wait to be written with the next batches'; all
			// are
			// written before the stream's result is given.
			BatchOutcome outcome = this.run.accept(rows);
			this.job = this.job.plus(outcome);
			this.kept = keep(this.job.id(), outcome.rejected(), this.kept);
			if (System.nanoTime() - this.lastUpdate > UPDATE_EVERY_NANOS) {
				ImportJobs.this.store.update(this.job);
				this.lastUpdate = System.nanoTime();
			}
		}

		/** The finished job, and whether it is the first result replayed. */
		public Finished finish() {
			if (this.job == null && this.replaying == null) {
				accept(null, List.of());
			}
			String contentHash = (this.hash != null) ? this.hash.hex() : null;
			if (this.replaying != null) {
				return new Finished(replayOf(this.replaying, contentHash), true);
			}
			this.job = this.job.plus(this.run.flush());
			this.job = this.job.withContentHash(contentHash)
				.finished(Status.COMPLETED, ImportJobs.this.clock.instant(), null);
			ImportJobs.this.store.update(this.job);
			return new Finished(this.job, false);
		}

		/** Marks the job failed when the client broke off the stream. */
		public void abandon(String reason) {
			if (this.job != null) {
				try {
					// What arrived before the break is stored, as if each batch had been.
					this.job = this.job.plus(this.run.flush());
				}
				catch (RuntimeException ex) {
					log.error("Rows of abandoned import {} waiting as registers were not stored", this.job.id(), ex);
				}
				this.job = this.job.finished(Status.FAILED, ImportJobs.this.clock.instant(), reason);
				ImportJobs.this.store.update(this.job);
			}
		}

	}

	public record Finished(ImportJob job, boolean replayed) {
	}

	public List<Rejection> firstRejections(String jobId, int limit) {
		return this.store.rejections(jobId, 0, limit);
	}

	private void process(ImportJob queued, MarkIngest.Run run, List<MarkRow> rows) {
		ImportJob job = queued.running();
		this.store.update(job);
		long kept = 0;
		try {
			for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
				BatchOutcome outcome = run.apply(rows.subList(from, Math.min(rows.size(), from + CHUNK_ROWS)));
				job = job.plus(outcome);
				kept = keep(job.id(), outcome.rejected(), kept);
				this.store.update(job);
			}
			this.store.update(job.finished(Status.COMPLETED, this.clock.instant(), null));
		}
		catch (RuntimeException ex) {
			String reference = UUID.randomUUID().toString();
			log.error("Import {} failed, reference {}", job.id(), reference, ex);
			this.store.update(job.finished(Status.FAILED, this.clock.instant(), "internal error, reference " + reference
					+ "; rows counted as stored are held, the rest were not stored"));
		}
	}

	private long keep(String jobId, List<Rejection> rejected, long kept) {
		if (rejected.isEmpty() || kept >= MAX_KEPT_REJECTIONS) {
			return kept;
		}
		List<Rejection> room = rejected.subList(0, (int) Math.min(rejected.size(), MAX_KEPT_REJECTIONS - kept));
		this.store.appendRejections(jobId, room);
		return kept + room.size();
	}

	private ImportJob replayOf(ImportJob job, String contentHash) {
		if (job.contentHash() != null && contentHash != null && !job.contentHash().equals(contentHash)) {
			throw new ProblemException(Problem.CONFLICT, "the idempotency key " + job.idempotencyKey()
					+ " was used for import " + job.id() + " with other content; use a new key for a new import");
		}
		return job;
	}

	private ImportJob newJob(Caller caller, String key, Source source, String contentHash, Status status) {
		return new ImportJob(UUID.randomUUID().toString(), caller.organisation().asHeader(), key, contentHash, source,
				status, caller.subject(), this.clock.instant(), null, 0, 0, 0, 0, null);
	}

	private static String key(String idempotencyKey) {
		if (idempotencyKey == null || idempotencyKey.isEmpty()) {
			return null;
		}
		if (idempotencyKey.length() > 200 || !idempotencyKey.matches("[\\x21-\\x7e]+")) {
			throw ProblemException.invalid("Idempotency-Key", "1 to 200 printable characters without spaces");
		}
		return idempotencyKey;
	}

	private static void requireVisible(Caller caller, ImportJob job) {
		if (!caller.hasScope(Access.REGISTERS_WRITE) && !caller.hasScope(Access.ATTENDANCE_READ)) {
			throw ProblemException.forbidden("this needs the scope " + Access.REGISTERS_WRITE);
		}
		if (!caller.actsCountyWide() && !caller.organisation().asHeader().equals(job.organisation())) {
			throw ProblemException.forbidden("an import is seen by the organisation that sent it and the LA");
		}
	}

}
