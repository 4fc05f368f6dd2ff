package uk.gov.dorsetcouncil.edu.platform.changes;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A producing service's change feed ({@code dorset.changes.*}, ADR 0023).
 *
 * @param enabled whether the service keeps and serves a feed
 * @param retention how long entries are kept: longer than any consumer may be down; a
 * consumer further behind resynchronises
 * @param pruneEvery how often entries past the retention are deleted
 * @param outboxCollections the collections whose documents carry pending changes, swept
 * at start for what a crash left there
 * @param sweepEvery how often they are swept while running on MongoDB, where an index
 * finds pending changes left by a replica that died (the embedded store has one process,
 * swept at its start)
 */
@ConfigurationProperties("dorset.changes")
public record ChangeFeedSettings(@DefaultValue("false") boolean enabled, @DefaultValue("7d") Duration retention,
		@DefaultValue("1h") Duration pruneEvery, @DefaultValue List<String> outboxCollections,
		@DefaultValue("1m") Duration sweepEvery) {

	public ChangeFeedSettings {
		for (Duration duration : new Duration[] { retention, pruneEvery, sweepEvery }) {
			if (duration == null || duration.isNegative() || duration.isZero()) {
				throw new IllegalStateException(
						"dorset.changes.retention, .prune-every and .sweep-every are positive durations");
			}
		}
		outboxCollections = List.copyOf(outboxCollections);
	}

}
