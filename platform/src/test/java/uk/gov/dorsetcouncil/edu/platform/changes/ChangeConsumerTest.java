package uk.gov.dorsetcouncil.edu.platform.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The consumer's loop against a feed held in a list. */
class ChangeConsumerTest {

	final List<ChangeEntry> feed = new ArrayList<>();

	long prunedThrough;

	final ChangeSource source = (after, limit) -> {
		if (after < this.prunedThrough) {
			throw new ProblemException(Problem.GONE, "past the retention");
		}
		List<ChangeEntry> batch = this.feed.stream().filter((entry) -> entry.sequence() > after).limit(limit).toList();
		long next = batch.isEmpty() ? after : batch.get(batch.size() - 1).sequence();
		return new ChangeBatch(batch, next, this.feed.size(), this.prunedThrough);
	};

	final Map<String, Long> cursors = new HashMap<>();

	final ChangeCursors store = new ChangeCursors() {
		@Override
		public long position(String consumer) {
			return ChangeConsumerTest.this.cursors.getOrDefault(consumer, 0L);
		}

		@Override
		public void moveTo(String consumer, long sequence) {
			ChangeConsumerTest.this.cursors.merge(consumer, sequence, Math::max);
		}

		@Override
		public void reset(String consumer, long sequence) {
			ChangeConsumerTest.this.cursors.put(consumer, sequence);
		}
	};

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final List<Long> applied = new ArrayList<>();

	void publish(int count) {
		for (int i = 0; i < count; i++) {
			long sequence = this.feed.size() + 1;
			this.feed.add(new ChangeEntry(sequence,
					new Change("c" + sequence, "thing", "k", ChangeType.UPDATED, Set.of(), Instant.EPOCH, Map.of()),
					Instant.EPOCH));
		}
	}

	@Test
	void readsInBatchesAndShowsItsLag() {
		publish(25);
		ChangeConsumer consumer = new ChangeConsumer("c", this.source, this.store,
				(entry) -> this.applied.add(entry.sequence()), 10, this.meters);

		assertThat(consumer.poll()).isEqualTo(10);
		assertThat(this.meters.get("dorset.changes.consumer.lag").gauge().value()).isEqualTo(15);
		assertThat(consumer.catchUp()).isEqualTo(15);
		assertThat(this.applied).hasSize(25).isSorted();
		assertThat(this.meters.get("dorset.changes.consumer.lag").gauge().value()).isZero();
		assertThat(this.meters.get("dorset.changes.consumer.position").gauge().value()).isEqualTo(25);
	}

	@Test
	void aCursorPastTheRetentionStopsTheConsumerUntilItResynchronises() {
		publish(10);
		this.prunedThrough = 5;
		ChangeConsumer consumer = new ChangeConsumer("c", this.source, this.store,
				(entry) -> this.applied.add(entry.sequence()), 10, this.meters);

		assertThatExceptionOfType(ProblemException.class).isThrownBy(consumer::poll)
			.satisfies((problem) -> assertThat(problem.problem()).isEqualTo(Problem.GONE));
		assertThat(consumer.needsResynchronising()).isTrue();
		assertThat(this.meters.get("dorset.changes.consumer.resync_needed").gauge().value()).isEqualTo(1);
		assertThatExceptionOfType(ProblemException.class).isThrownBy(consumer::poll);

		consumer.resynchronised(8);
		assertThat(consumer.catchUp()).isEqualTo(2);
		assertThat(this.applied).containsExactly(9L, 10L);
	}

}
