package uk.gov.dorsetcouncil.edu.gateway.encompass;

/**
 * Where a notification is on its way to the key adult, in order: each later state implies
 * the earlier ones (domain rules section 9: timestamp each notification on ingest,
 * measure "received before next school day").
 */
public enum DeliveryState {

	/** Stored as the police sent it. */
	RECEIVED,
	/** Matched to a child and a recipient (by the search, or by an officer). */
	MATCHED,
	/** In the recipient's inbox. */
	DELIVERED,
	/** Opened by the recipient. */
	READ,
	/** The recipient says it has acted on it. */
	ACKNOWLEDGED;

	/** Whether a notification in this state has reached {@code other}. */
	public boolean reached(DeliveryState other) {
		return compareTo(other) >= 0;
	}

}
