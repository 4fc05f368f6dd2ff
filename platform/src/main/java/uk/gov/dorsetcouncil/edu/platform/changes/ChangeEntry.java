package uk.gov.dorsetcouncil.edu.platform.changes;

import java.time.Instant;

/**
 * A change in its place in the feed.
 *
 * @param sequence 1, 2, 3... with no gaps
 * @param change what happened
 * @param publishedAt when it entered the feed (the retention counts from here)
 */
public record ChangeEntry(long sequence, Change change, Instant publishedAt) {

}
