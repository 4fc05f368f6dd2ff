package uk.gov.dorsetcouncil.edu.platform.changes;

import java.util.List;

/**
 * One read of a feed.
 *
 * @param entries the entries the reader may see, in sequence order
 * @param nextAfter where the reader's cursor goes once it applied them (past entries it
 * may not see too)
 * @param latest the last sequence held when read: the reader's lag is
 * {@code latest - cursor}
 * @param oldestAfter the oldest cursor the feed still answers
 */
public record ChangeBatch(List<ChangeEntry> entries, long nextAfter, long latest, long oldestAfter) {

	public ChangeBatch {
		entries = List.copyOf(entries);
	}

}
