package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.time.Instant;

/**
 * A bulk import of marks and how far it has got. Every row read is either stored or
 * rejected (with its row number and reason, kept with the job), so a finished job says
 * exactly what was stored and what was not.
 *
 * @param organisation the caller's organisation ({@code SCHOOL:<urn>}, ...), who may see
 * the job
 * @param idempotencyKey the caller's key, or null; the same key from the same
 * organisation gives the same job
 * @param contentHash SHA-256 of what was sent, to tell a retry from a different import
 * reusing a key
 * @param rowsStored valid rows, now held with the code sent
 * @param marksChanged stored rows that set or changed a mark
 * @param detail why a job failed, or null
 */
public record ImportJob(String id, String organisation, String idempotencyKey, String contentHash, Source source,
		Status status, String submittedBy, Instant submittedAt, Instant finishedAt, long rowsRead, long rowsStored,
		long marksChanged, long rowsRejected, String detail) {

	public enum Source {

		JSON, CSV, STREAM

	}

	public enum Status {

		QUEUED, RUNNING, COMPLETED, FAILED

	}

	ImportJob running() {
		return with(Status.RUNNING, null, null);
	}

	ImportJob plus(BatchOutcome outcome) {
		return new ImportJob(this.id, this.organisation, this.idempotencyKey, this.contentHash, this.source,
				this.status, this.submittedBy, this.submittedAt, this.finishedAt, this.rowsRead + outcome.read(),
				this.rowsStored + outcome.stored(), this.marksChanged + outcome.changed(),
				this.rowsRejected + outcome.rejected().size(), this.detail);
	}

	ImportJob finished(Status status, Instant at, String detail) {
		return with(status, at, detail);
	}

	ImportJob withContentHash(String hash) {
		return new ImportJob(this.id, this.organisation, this.idempotencyKey, hash, this.source, this.status,
				this.submittedBy, this.submittedAt, this.finishedAt, this.rowsRead, this.rowsStored, this.marksChanged,
				this.rowsRejected, this.detail);
	}

	private ImportJob with(Status status, Instant at, String detail) {
		return new ImportJob(this.id, this.organisation, this.idempotencyKey, this.contentHash, this.source, status,
				this.submittedBy, this.submittedAt, at, this.rowsRead, this.rowsStored, this.marksChanged,
				this.rowsRejected, detail);
	}

}
