package uk.gov.dorsetcouncil.edu.attendance.connector;

/** How a connector run ended. */
public enum SyncOutcome {

	/** Everything fetched was stored (possibly nothing had changed). */
	SUCCEEDED,
	/**
	 * Well-formed, but some records broke a rule (a pupil not on roll that day); the rest
	 * were stored and the refused ones are reported.
	 */
	PARTLY_STORED,
	/** Malformed records: the whole batch was rejected and nothing stored. */
	REJECTED,
	/** The feed could not be read (timeouts, errors after retries, credentials). */
	FAILED,
	/** The school's circuit breaker is open: the feed was not called. */
	CIRCUIT_OPEN

}
