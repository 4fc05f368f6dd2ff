package uk.gov.dorsetcouncil.edu.attendance.register.fold;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.dorsetcouncil.edu.attendance.register.InboxDay;
import uk.gov.dorsetcouncil.edu.attendance.register.MarkStore;
import uk.gov.dorsetcouncil.edu.attendance.register.MarksListener;
import uk.gov.dorsetcouncil.edu.attendance.register.RegisterFold;
import uk.gov.dorsetcouncil.edu.attendance.register.YearMarks;

/**
 * Folds schools' register inboxes into their pupils' years in the background (ADR 0017),
 * on one thread: a school once no register has arrived for it for a quiet period (a
 * school sending its day's registers is not interrupted), and at the latest a maximum
 * delay after the first register waiting; at start and every sweep period, every inbox
 * with registers waiting, whoever left them (a stop mid-fold, another replica). A fold
 * that fails is tried again at the next sweep; registers waiting are read with the inbox
 * on top, so nothing waits for it but the pupils' years' own copy.
 */
public final class BackgroundFold implements MarksListener, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BackgroundFold.class);

	private static final long TICK_MILLIS = 250;

	private final RegisterFold fold;

	private final MarkStore marks;

	private final long quietNanos;

	private final long maxDelayNanos;

	private final long sweepNanos;

	/** Schools with registers waiting: when the first and the last arrived. */
	private final Map<String, long[]> waiting = new ConcurrentHashMap<>();

	private final ScheduledExecutorService thread = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("attendance-register-fold").daemon().factory());

	private long lastSweep;

	/**
	 * @param quiet how long no register arrives for a school before it is folded
	 * @param maxDelay how long at most a register waits to be folded
	 * @param sweep how often every inbox is looked at
	 */
	public BackgroundFold(MarkStore marks, Duration quiet, Duration maxDelay, Duration sweep) {
		this.marks = marks;
		this.fold = new RegisterFold(marks);
		this.quietNanos = quiet.toNanos();
		this.maxDelayNanos = maxDelay.toNanos();
		this.sweepNanos = sweep.toNanos();
	}

	/** Starts folding, first every inbox with registers waiting. */
	public void start() {
		this.lastSweep = System.nanoTime() - this.sweepNanos;
		this.thread.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
	}

	@Override
	public void marksSaved(YearMarks saved) {
	}

	@Override
	public void registersReceived(String urn, InboxDay day) {
		long now = System.nanoTime();
		this.waiting.merge(urn, new long[] { now, now }, (held, fresh) -> new long[] { held[0], now });
	}

	@Override
	public void registersFolded(String urn, LocalDate date, long received) {
	}

	private void tick() {
		long now = System.nanoTime();
		if (now - this.lastSweep >= this.sweepNanos) {
			this.lastSweep = now;
			try {
				this.marks.inboxesWaiting()
					.forEach((urn) -> this.waiting.putIfAbsent(urn, new long[] { now - this.maxDelayNanos, now }));
			}
			catch (RuntimeException ex) {
				log.warn("Could not look for register inboxes to fold; trying again at the next sweep", ex);
			}
		}
		List<String> due = new ArrayList<>();
		this.waiting.forEach((urn, times) -> {
			if (now - times[1] >= this.quietNanos || now - times[0] >= this.maxDelayNanos) {
				due.add(urn);
			}
		});
		for (String urn : due) {
			this.waiting.remove(urn);
			try {
				this.fold.fold(urn);
			}
			catch (RuntimeException ex) {
				log.warn("Folding the register inbox of school {} failed; trying again at the next sweep", urn, ex);
			}
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
		try {
			this.thread.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
