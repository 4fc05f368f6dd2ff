package uk.gov.dorsetcouncil.edu.belonging.register.client;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.grpc.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.belonging.register.RegisterKeeping;
import uk.gov.dorsetcouncil.edu.belonging.register.RollChange;
import uk.gov.dorsetcouncil.edu.platform.changes.Change;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeConsumer;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeEntry;
import uk.gov.dorsetcouncil.edu.platform.changes.ChangeType;
import uk.gov.dorsetcouncil.edu.platform.changes.grpc.GrpcChangeSource;
import uk.gov.dorsetcouncil.edu.platform.identifiers.Upn;
import uk.gov.dorsetcouncil.edu.platform.problem.Problem;
import uk.gov.dorsetcouncil.edu.platform.problem.ProblemException;
import uk.gov.dorsetcouncil.edu.proto.changes.v1.ChangeFeedGrpc;

/**
 * Attendance's roll changes (entity {@code enrolment}) read from its change feed with the
 * platform's {@link ChangeConsumer} (ADR 0023: the consumer's cursor in belonging's own
 * database, at-least-once delivery) and applied to the registers: a deletion with no
 * known destination opens a CME entry, a new-pupil return closes one. Polled on one
 * thread; a failed poll is retried at the next round from the entry that failed.
 */
public final class AttendanceRollFeed implements AutoCloseable {

	/** The consumer's name, its cursor's key in {@code change_cursors}. */
	public static final String CONSUMER = "belonging<-attendance";

	/** The feed's entity this consumer reads. */
	public static final String ENTITY = "enrolment";

	private static final Logger log = LoggerFactory.getLogger(AttendanceRollFeed.class);

	private final ChangeConsumer consumer;

	private final ScheduledExecutorService timer;

	public AttendanceRollFeed(ChangeConsumer consumer, Duration every) {
		this.consumer = consumer;
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "belonging-roll-feed");
			thread.setDaemon(true);
			return thread;
		});
		long millis = every.toMillis();
		this.timer.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Attendance's feed on its channel, enrolment entries only, each read under the
	 * deadline.
	 */
	public static GrpcChangeSource source(Channel attendance, Duration deadline) {
		return new GrpcChangeSource(ChangeFeedGrpc.newBlockingStub(attendance), deadline, Set.of(ENTITY));
	}

	/** Reads what attendance has published since the cursor, until nothing new. */
	public int catchUp() {
		return this.consumer.catchUp();
	}

	private void poll() {
		if (this.consumer.needsResynchronising()) {
			return;
		}
		try {
			this.consumer.catchUp();
		}
		catch (ProblemException ex) {
			if (ex.problem() == Problem.GONE) {
				log.error("{} is older than attendance's feed retention: CME entries from deletions since may be "
						+ "missing; resynchronise (ADR 0030)", CONSUMER);
			}
			else {
				log.warn("could not read attendance's roll changes ({}); trying again at the next round",
						ex.getMessage());
			}
		}
		catch (RuntimeException ex) {
			log.warn("could not apply attendance's roll changes; trying again at the next round", ex);
		}
	}

	/**
	 * The handler: an {@code enrolment} entry as a {@link RollChange}. An entry this
	 * version cannot read (no valid UPN, no date) is skipped and logged: the feed must
	 * not stop for it.
	 */
	public static void apply(RegisterKeeping registers, ChangeEntry entry) {
		of(entry).ifPresent(registers::apply);
	}

	static Optional<RollChange> of(ChangeEntry entry) {
		Change change = entry.change();
		if (!ENTITY.equals(change.entityType()) || change.type() == ChangeType.UPDATED) {
			return Optional.empty();
		}
		Map<String, String> payload = change.payload();
		boolean joined = change.type() == ChangeType.CREATED;
		String upn = payload.get("upn");
		String urn = payload.get("urn");
		String date = payload.get(joined ? "admissionDate" : "leavingDate");
		if (upn == null || Upn.problemWith(upn).isPresent() || urn == null || date == null) {
			log.warn("skipped enrolment change {}: no valid upn, urn or date", change.id());
			return Optional.empty();
		}
		try {
			return Optional.of(new RollChange(entry.sequence(), joined, urn, new Upn(upn), LocalDate.parse(date),
					joined ? null : payload.getOrDefault("deletionGround", "NOT_GIVEN"), payload.get("destination")));
		}
		catch (DateTimeParseException ex) {
			log.warn("skipped enrolment change {}: date {} unreadable", change.id(), date);
			return Optional.empty();
		}
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

}
