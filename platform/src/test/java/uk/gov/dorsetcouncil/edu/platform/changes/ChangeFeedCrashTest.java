package uk.gov.dorsetcouncil.edu.platform.changes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.dorsetcouncil.edu.platform.changes.example.TallyConsumer;
import uk.gov.dorsetcouncil.edu.platform.changes.example.TallyProducer;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.InProcessFeed;
import uk.gov.dorsetcouncil.edu.platform.changes.store.ChangeRelay;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeCursors;
import uk.gov.dorsetcouncil.edu.platform.changes.store.MongoChangeFeed;
import uk.gov.dorsetcouncil.edu.platform.mongo.EmbeddedMongo;
import uk.gov.dorsetcouncil.edu.platform.mongo.MongoSettings;
import uk.gov.dorsetcouncil.edu.platform.retry.LostRaceRetry;
import uk.gov.dorsetcouncil.edu.platform.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A producer and a consumer, each with its own embedded H2 store in a folder of its own,
 * talking over gRPC: killed at the worst moments, restarted on their files, they end with
 * every change applied once.
 */
class ChangeFeedCrashTest {

	static final String[] SCHOOLS = { "990027", "990126", "990045" };

	@TempDir
	Path folder;

	final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T09:00:00Z"));

	/** What the producer added, by school: what the consumer must end with. */
	final Map<String, Long> added = new LinkedHashMap<>();

	@Test
	void aConsumerKilledMidBatchLosesNothingAndAppliesNothingTwice() {
		try (Producer producer = new Producer(this.folder, this.clock)) {
			produce(producer, 0, 60);
			try (Consumer consumer = new Consumer(this.folder, producer.served)) {
				consumer.tallies.dieAfter = 7;
				assertThatExceptionOfType(TallyConsumer.ProcessDeath.class).isThrownBy(consumer.feed::poll);
				assertThat(consumer.tallies.deliveries.get()).isEqualTo(7);
				assertThat(consumer.cursorHeld()).as("the cursor did not move before the death").isZero();
			}
			try (Consumer restarted = new Consumer(this.folder, producer.served)) {
				restarted.feed.catchUp();
				assertThat(restarted.tallies.deliveries.get()).as("the 7 applied before the death came again")
					.isEqualTo(60);
				assertSumsMatch(restarted);
				assertThat(restarted.cursorHeld()).isEqualTo(60);
			}
		}
	}

	@Test
	void aHandlerThatFailsMidBatchResumesAtTheEntryThatFailed() {
		try (Producer producer = new Producer(this.folder, this.clock)) {
			produce(producer, 0, 30);
			try (Consumer consumer = new Consumer(this.folder, producer.served)) {
				consumer.failAt = 12;
				assertThatExceptionOfType(IllegalStateException.class).isThrownBy(consumer.feed::poll);
				assertThat(consumer.cursorHeld()).as("moved past the 11 applied").isEqualTo(11);
				consumer.failAt = -1;
				consumer.feed.catchUp();
				assertThat(consumer.tallies.deliveries.get()).isEqualTo(30);
				assertSumsMatch(consumer);
			}
		}
	}

	@Test
	void aConsumerResumesFromItsCursorAfterTheProducerRestarts() {
		try (Producer producer = new Producer(this.folder, this.clock)) {
			produce(producer, 0, 25);
			// Written, then the producer dies before its relay ran.
			producer.tallies.addAndDie("990027", 1000);
			this.added.merge("990027", 1000L, Long::sum);
			try (Consumer consumer = new Consumer(this.folder, producer.served)) {
				consumer.feed.catchUp();
				assertThat(consumer.cursorHeld()).isEqualTo(25);
			}
		}
		try (Producer restarted = new Producer(this.folder, this.clock)) {
			assertThat(restarted.tallies.recover()).as("the change the crash left pending").isEqualTo(1);
			produce(restarted, 25, 20);
			try (Consumer consumer = new Consumer(this.folder, restarted.served)) {
				consumer.feed.catchUp();
				assertThat(consumer.tallies.deliveries.get()).as("only what came after its cursor").isEqualTo(21);
				assertThat(consumer.cursorHeld()).isEqualTo(46);
				assertSumsMatch(consumer);
				assertThat(consumer.meters.get("dorset.changes.consumer.lag").gauge().value()).isZero();
			}
		}
	}

	private void produce(Producer producer, int from, int count) {
		Random random = new Random(from);
		for (int i = 0; i < count; i++) {
			String urn = SCHOOLS[random.nextInt(SCHOOLS.length)];
			long amount = 1 + random.nextInt(9);
			producer.tallies.add(urn, amount);
			this.added.merge(urn, amount, Long::sum);
		}
	}

	private void assertSumsMatch(Consumer consumer) {
		this.added.forEach((urn, total) -> assertThat(consumer.tallies.sum(urn)).as(urn).isEqualTo(total));
	}

	/** The producing service: its store on its file, its feed served over gRPC. */
	static final class Producer implements AutoCloseable {

		final EmbeddedMongo store;

		final MongoClient client;

		final TallyProducer tallies;

		final InProcessFeed served;

		Producer(Path folder, MutableClock clock) {
			this.store = EmbeddedMongo.start(new MongoSettings(null, "producer", folder, false, false));
			this.client = MongoClients.create(this.store.connectionString());
			MongoChangeFeed feed = new MongoChangeFeed(this.client.getDatabase("producer"), clock);
			this.tallies = new TallyProducer(this.client.getDatabase("producer"), new ChangeRelay(feed),
					LostRaceRetry.withoutPause(5), clock);
			this.served = InProcessFeed.serve(feed);
		}

		@Override
		public void close() {
			this.served.close();
			this.client.close();
			this.store.close();
		}

	}

	/** The consuming service: its own store on its own file, its cursor in it. */
	static final class Consumer implements AutoCloseable {

		final EmbeddedMongo store;

		final MongoClient client;

		final TallyConsumer tallies;

		final ChangeConsumer feed;

		final SimpleMeterRegistry meters = new SimpleMeterRegistry();

		volatile int failAt = -1;

		Consumer(Path folder, InProcessFeed producer) {
			this.store = EmbeddedMongo.start(new MongoSettings(null, "consumer", folder, false, false));
			this.client = MongoClients.create(this.store.connectionString());
			this.tallies = new TallyConsumer(this.client.getDatabase("consumer"));
			ChangeHandler handler = (entry) -> {
				if (entry.sequence() == this.failAt) {
					throw new IllegalStateException("cannot apply " + entry.sequence() + " now");
				}
				this.tallies.apply(entry);
			};
			this.feed = new ChangeConsumer("tallies<-producer", producer.sourceFor("consumer"),
					new MongoChangeCursors(this.client.getDatabase("consumer")), handler, 50, this.meters);
		}

		long cursorHeld() {
			return new MongoChangeCursors(this.client.getDatabase("consumer")).position("tallies<-producer");
		}

		@Override
		public void close() {
			this.client.close();
			this.store.close();
		}

	}

}
