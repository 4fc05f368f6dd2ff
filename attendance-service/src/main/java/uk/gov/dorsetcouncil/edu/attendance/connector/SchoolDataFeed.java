package uk.gov.dorsetcouncil.edu.attendance.connector;

import java.time.Instant;

/**
 * A school's MIS extraction service (the outside API, documented in ADR 0009): roll and
 * register changes since a time, every page of them.
 */
public interface SchoolDataFeed {

	/**
	 * @param changedSince only records changed after this, or null for everything held
	 * @param token the school's access token
	 * @throws FeedUnavailable when the feed cannot be read now (timeouts, server errors
	 * after retries, the school's circuit breaker open, credentials refused)
	 */
	FeedBatch changes(SchoolConnection school, String token, Instant changedSince);

	/** The feed cannot be read now; nothing was fetched. */
	class FeedUnavailable extends RuntimeException {

		private final boolean circuitOpen;

		public FeedUnavailable(String message, boolean circuitOpen, Throwable cause) {
			super(message, cause);
			this.circuitOpen = circuitOpen;
		}

		public boolean circuitOpen() {
			return this.circuitOpen;
		}

	}

}
