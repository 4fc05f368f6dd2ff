package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.time.Instant;
import java.util.List;

import uk.gov.dorsetcouncil.edu.attendance.connector.FeedBatch.RecordProblem;

/**
 * What the connector knows about one school's feed.
 *
 * @param urn the school
 * @param changedSince the watermark for the next delta: the start of the last run that
 * stored everything it fetched; null before the first
 * @param lastAttemptAt when a run last started
 * @param lastOutcome how it ended
 * @param lastMessage a summary of it
 * @param lastDataArrivedAt when a run last stored at least one record
 * @param problems the records the last run rejected and why (at most
 * {@link #MAX_PROBLEMS})
 */
public record FeedState(String urn, Instant changedSince, Instant lastAttemptAt, SyncOutcome lastOutcome,
		String lastMessage, Instant lastDataArrivedAt, List<RecordProblem> problems) {

	public static final int MAX_PROBLEMS = 100;

	public FeedState {
		problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
	}

	public static FeedState never(String urn) {
		return new FeedState(urn, null, null, null, null, null, List.of());
	}

}
