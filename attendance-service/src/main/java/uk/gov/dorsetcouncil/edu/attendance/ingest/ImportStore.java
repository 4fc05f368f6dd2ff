package uk.gov.dorsetcouncil.edu.attendance.ingest;

import java.util.List;
import java.util.Optional;

/** Where import jobs and their rejected rows are kept. */
public interface ImportStore {

	/** Stores a new job. */
	void create(ImportJob job);

	/** Removes a job created for a stream whose key named an earlier one. */
	void delete(String id);

	Optional<ImportJob> find(String id);

	/** Replaces the job's progress and status. */
	void update(ImportJob job);

	/** Appends rejected rows, in row order, after those already kept. */
	void appendRejections(String jobId, List<Rejection> rejections);

	/**
	 * Rejected rows from {@code offset}, at most {@code limit}, in the order appended.
	 */
	List<Rejection> rejections(String jobId, long offset, int limit);

	/**
	 * Jobs left queued or running by a stop are failed with this reason; returns how
	 * many.
	 */
	int failUnfinished(String reason);

}
