package uk.gov.dorsetcouncil.edu.gateway.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import uk.gov.dorsetcouncil.edu.gateway.audit.store.MongoAuditStore;
import uk.gov.dorsetcouncil.edu.gateway.audit.web.AuditLog;

/**
 * How fast one replica's audit writer appends with many callers at once, as request
 * threads call it: each caller appends and waits for its record before the next, for a
 * fixed time after a warm-up, on the embedded engine in memory and on its H2 file. Prints
 * appends a second, the median and 99th percentile wait, and records a write. Not a test:
 * docs/benchmarks.md has the command and the figures.
 *
 * <p>
 * Arguments: callers (default 16), seconds measured (default 10).
 */
public final class AuditAppendBenchmark {

	private AuditAppendBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int callers = (args.length > 0) ? Integer.parseInt(args[0]) : 16;
		Duration measured = Duration.ofSeconds((args.length > 1) ? Long.parseLong(args[1]) : 10);
		for (String backend : List.of("memory", "h2")) {
			try (AuditStores stores = AuditStores.start(backend)) {
				AuditStores.Faulty counted = new AuditStores.Faulty(stores.store());
				MongoAuditStore store = stores.store();
				AuditLog log = new AuditLog(store, new AuditWriter("benchmark", counted, 10_000, 500).start());
				run(log, callers, Duration.ofSeconds(3));
				int writesBefore = counted.inserts.get();
				Result result = run(log, callers, measured);
				int writes = counted.inserts.get() - writesBefore;
				log.close();
				LogVerification verified = log.verify();
				System.out.printf(Locale.ROOT,
						"%-6s %2d callers: %,8.0f appends/s, wait p50 %.2f ms, p99 %.2f ms, %.1f records a write, "
								+ "chain intact %s (%d records)%n",
						backend, callers, result.count() / (measured.toNanos() / 1e9), result.percentile(0.50),
						result.percentile(0.99), (double) result.count() / Math.max(1, writes), verified.intact(),
						verified.checked());
			}
		}
	}

	private static Result run(AuditLog log, int callers, Duration duration) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(callers);
		long end = System.nanoTime() + duration.toNanos();
		List<Future<long[]>> waits = new ArrayList<>();
		for (int caller = 0; caller < callers; caller++) {
			String subject = "caller-" + caller;
			waits.add(threads.submit(() -> {
				long[] mine = new long[1 << 16];
				int count = 0;
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					log.append(entry(subject, count)).block();
					if (count == mine.length) {
						mine = Arrays.copyOf(mine, mine.length * 2);
					}
					mine[count++] = System.nanoTime() - start;
				}
				return Arrays.copyOf(mine, count);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> each : waits) {
			all.add(each.get(duration.toSeconds() + 60, TimeUnit.SECONDS));
		}
		threads.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(merged);
	}

	private static AuditEntry entry(String subject, int number) {
		return new AuditEntry(Instant.now(), subject, "school-mis", "SCHOOL:991001", List.of("SCHOOL_ATTENDANCE_LEAD"),
				"GET /api/v1/attendance/pupils/A838200125001/attendance", List.of("A838200125001"), List.of(),
				List.of("ROUTED_ANSWER", "ATTENDANCE"), null, null, Outcome.RELEASED, Integer.toString(number));
	}

	private record Result(long[] sortedWaits) {

		long count() {
			return this.sortedWaits.length;
		}

		double percentile(double p) {
			if (this.sortedWaits.length == 0) {
				return 0;
			}
			return this.sortedWaits[(int) Math.min(this.sortedWaits.length - 1, p * this.sortedWaits.length)] / 1e6;
		}

	}

}
